<#import "/words.ftl" as w>
<#macro example e><span class="example-by">${e.authority}</span> (${e.ref}<#if e.type == "developing">, a developing action</#if>): <@w.quote e.action/> <span class="meta">Outcome: ${w.sentence(e.outcome)} Lead: ${w.sentence(e.lead)}</span></#macro>
<p class="lead">The plans belong to the partnerships, and it would not be right for MOPAC to mandate specific actions. What MOPAC, the MPS and London Councils can do is point to good practice that other CSPs are encouraged to adopt.</p>
<#if m.shared?has_content>
<p>The review found ${w.figures(m.examples, "example", "examples")} of ${w.count(m.shared?size, "idea", "ideas")} worth sharing, in ${w.part(m.plansSharing, m.plans, "plan", "plans")}. Each is an action the partnership added beyond the template, with an outcome, a named lead and a date, rated green, amber or complete, in a plan that is current. The rarest ideas, which others can learn most from, come first. One example of each is quoted, and the other partnerships with an example are named.</p>
<#list m.shared as i>
<h3 id="${i.id}">${i.name}</h3>
<p><#if i.description?has_content>${w.sentence(i.description)} </#if><#if i.plansWith == 1 && m.plans gt 2>Only one of the ${w.n(m.plans)} plans has an action of this kind.<#else>${w.Count(i.plansWith, "plan has", "plans have")} an action of this kind<#if i.plansShown lt i.plansWith>; ${w.n(i.plansShown)} <#if i.plansShown == 1>is an example<#else>are examples</#if> to share</#if>.</#if></p>
<ul class="examples">
<#list i.examples as e><li><@example e/></li></#list>
</ul>
<#if i.others?has_content><p class="note">${w.list(i.others)} <#if i.others?size == 1>has<#else>have</#if> <#if i.others?size == 1>an example<#else>examples</#if> too.</p></#if>
</#list>
<#else>
<p>No idea beyond the template was found in few enough plans to be worth sharing this quarter.</p>
</#if>
<#if m.common?has_content>
<h3 id="good-practice-common">Common practice</h3>
<p>Some ideas are now in most plans, each in at least ${w.fraction(settings.commonPracticeShare)} of them, so they are common practice rather than good practice to share: <#list m.common as c>${w.idea(c.name)} (${w.part(c.plansWith, m.plans, "plan", "plans")})<#sep>; </#list>. A partnership without one of them may want to ask why.</p>
</#if>
<#if m.newIdeas?has_content>
<h3 id="good-practice-new">New ideas to name</h3>
<p>${w.Count(m.newIdeasCount, "local action", "local actions")} <#if m.newIdeasCount == 1>is<#else>are</#if> sound and worded like actions in few other plans, yet no listed idea describes <#if m.newIdeasCount == 1>it<#else>them</#if>. The review panel may name <#if m.newIdeasCount == 1>it<#else>those worth sharing</#if>, so that future reviews look for <#if m.newIdeasCount == 1>it<#else>them</#if> in every plan<#if m.newIdeasCount gt m.newIdeas?size>; the first ${w.n(m.newIdeas?size)} are</#if>:</p>
<ul class="examples">
<#list m.newIdeas as e><li><@example e/></li></#list>
</ul>
</#if>
