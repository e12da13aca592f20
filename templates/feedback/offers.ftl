<#import "/words.ftl" as w>
<p class="lead">${w.cap(m.convener)}, which convenes linking up, can put the partnership in touch with partnerships whose plans are strong where this plan has gaps. The review found <#if m.gaps?size == 1>one area<#else>${w.n(m.gaps?size)} areas</#if> where the plan lacks something or does it weakly<#if m.answered == m.gaps?size && m.answered gt 0>, and for <#if m.answered == 1>it<#else>each of them</#if> a partnership in London’s top quarter there does what this plan lacks<#elseif m.answered gt 0>, and for ${w.n(m.answered)} of them a partnership in London’s top quarter there does what this plan lacks<#else>; no partnership strong in <#if m.gaps?size == 1>it<#else>them</#if> yet does what this plan lacks</#if>. Actions honestly rated red are not counted as gaps.</p>
<#list m.gaps as g>
<div class="gap">
<h3 id="${g.id}">${g.theme}</h3>
<p><#if g.completeness?has_content>Its actions here are less complete than most: ${g.completeness}, against a London median of ${g.median}. </#if><#if g.missing?has_content><#assign refs = []><#list g.missing as x><#assign refs = refs + [x.ref]></#list>Mandatory ${w.verb(refs?size, "action", "actions")} ${w.list(refs)} ${w.verb(refs?size, "is", "are")} missing. </#if><#if g.unfilled?has_content><#assign refs = []><#list g.unfilled as x><#assign refs = refs + [x.ref]></#list>Mandatory ${w.verb(refs?size, "action", "actions")} ${w.list(refs)} ${w.verb(refs?size, "is", "are")} little filled in.</#if></p>
<#if g.offers?has_content>
<table class="compact">
<caption>Who could help with ${g.theme?uncap_first}</caption>
<thead><tr><th scope="col">Partnership</th><th scope="col">What they do</th><th scope="col">Whom to contact</th></tr></thead>
<tbody>
<#list g.offers as o><tr><th scope="row">${o.authority}</th><td>${o.action}<#if o.ref?has_content> (${o.ref})</#if></td><td>${o.contact}</td></tr></#list>
</tbody>
</table>
<#else>
<p>No partnership strong in this theme yet does what this plan lacks here.</p>
</#if>
</div>
</#list>
