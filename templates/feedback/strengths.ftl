<#import "/words.ftl" as w>
<ul>
<#if m.everyAction?has_content><li><#if m.actions == 1>Its one action has<#else>Every one of its ${w.figures(m.actions, "action", "actions")} has</#if> <#assign items = []><#list m.everyAction as k><#assign items = items + [w.item(k)]></#list>${w.list(items)}.</li></#if>
<#if m.mandatory gt 0><li>All ${w.n(m.mandatory)} mandatory actions of its template are in place and filled in.</li></#if>
<#if m.kinds gt 0><li>Actions are led by ${w.n(m.kinds)} kinds of partner, more than most London plans, including ${w.partners(m.partners)}.</li></#if>
<#if m.police?has_content><li>Little rests on the police alone: ${w.fig(m.policeOnly)} of its ${w.figures(m.actions, "action", "actions")} (${m.police}), fewer than in most plans (the London median is ${m.londonPolice}).</li></#if>
<#if m.signedOff><li>It is signed off by the Chief Executive, the Leader or elected Mayor and the BCU Commander.</li></#if>
<#if m.completeness?has_content><li>Its actions are among the most complete in London: completeness ${m.completeness}, against a London median of ${m.londonCompleteness}<#if m.everyTheme && m.themes?size gt 1>, and in the top quarter in every theme it has actions in</#if>.</li></#if>
<#if m.themes?has_content && !(m.everyTheme && m.completeness?has_content && m.themes?size gt 1)><li>Its actions are among the most complete in London in <#assign said = []><#list m.themes as t><#assign said = said + [t.theme]></#list>${w.list(said)} (the table above gives the figures).</li></#if>
<#list m.most as x><li>Most of its actions have ${w.item(x.key)} (${w.fig(x.have)} of ${w.fig(m.actions)}).</li></#list>
<#if !m.everyAction?has_content && m.mandatory == 0 && m.kinds == 0 && !m.police?has_content && !m.signedOff && !m.completeness?has_content && !m.themes?has_content && !m.most?has_content><li>The plan has actions in ${w.part(m.themesWithActions, m.themeCount, "theme", "themes")} of its template: a base to build on.</li></#if>
</ul>
<#if m.practice?has_content>
<h3 id="strengths-practice">Good practice in the plan</h3>
<p><#if m.practice?size == 1>One action stands<#else>${w.N(m.practice?size)} actions stand</#if> out as good practice that other partnerships can learn from; those with gaps in the same area may be put in touch with <#if m.practice?size == 1>its lead<#else>the leads</#if>.</p>
<ul class="examples">
<#list m.practice as e><li><span class="example-by"><#if e.newIdea>A new idea<#else>${e.idea}</#if></span> (${e.ref}): <@w.quote e.action/> <span class="meta">Outcome: ${w.sentence(e.outcome)} Lead: ${w.sentence(e.lead)} <#if e.newIdea><#if e.plansWith == 1>No other plan has an action like it.<#else>Only ${w.count(e.plansWith - 1, "other plan has", "other plans have")} an action like it.</#if><#elseif e.plansWith == 1>The only plan with this idea.<#else>${w.Count(e.plansWith, "plan has", "plans have")} an action of this kind.</#if></span></li></#list>
</ul>
</#if>
