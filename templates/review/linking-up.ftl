<#import "/words.ftl" as w>
<#assign links = m.links>
<p class="lead">Linking up is convened by ${m.convener}, working with the MPS and London Councils: it puts partnerships that have particular good practice, expertise or experience in an area in touch with partnerships that have gaps there.</p>
<p>A partnership has a gap in an area (a theme of the template) when its plan lacks a mandatory action there, leaves one little filled in, or its actions there are well below London’s median completeness; an action honestly rated red is not a gap. A partnership can help when its plan is current, in London’s top quarter in that area and without a gap of its own there, and has a sound action (with an outcome, a named lead and a date) worded like the one the other lacks or does weakly.</p>
<p>This quarter ${w.part(m.withGaps, m.plans, "partnership has", "partnerships have")} a gap in at least one area<#if links.helped == m.withGaps>, and each can be linked in at least one of those areas with a partnership strong there<#elseif links.helped gt 0>, and ${w.n(links.helped)} of them can be linked in at least one of those areas with a partnership strong there<#else>; no partnership strong in those areas yet does what they lack</#if>.<#if links.helped gt 0> Their feedback names the offers and whom to contact.</#if></p>
<ul class="areas">
<#list links.areas as a>
<li><span class="area-name">${a.theme}.</span> ${w.Count(a.withGap?size, "partnership has", "partnerships have")} a gap here. <#if a.helpers?has_content><#if a.answered == a.withGap?size><#if a.answered == 1>It<#else>Each</#if> can be linked with<#else>${w.Count(a.answered, "of them", "of them")} can be linked with</#if> ${w.listOr(a.helpers)}.<#else>No partnership strong in this area yet does what <#if a.withGap?size == 1>it lacks<#else>they lack</#if>.</#if></li>
</#list>
</ul>
