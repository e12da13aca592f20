<#import "/words.ftl" as w>
<p>Authorities were asked whether they have a corporate approach to tackling serious youth violence, including knife and gang crime; whether they have a specific knife crime action plan; whether their work is underpinned by collaboration with the police, across agencies or across boroughs; and whether they engage specifically with community and voluntary sector agencies on this agenda. For each question a few answers are quoted, each from a different authority; where answers repeat what another says, only what is new is quoted. The full answers are in the table of responses that accompanies this note.</p>
<#list m.questions as q>
<h3 id="question-${q?index + 1}">${q.title}</h3>
<#if q?index == 0><#assign c = m.corporate><p>${w.Count(c.yes, "authority", "authorities")} said they had a corporate approach, ${w.n(c.incorporated)} that it was part of their community safety strategy, ${w.n(c.developing)} that it was in development<#if c.no gt 0> and ${w.n(c.no)} that they had none</#if><#if c.unclear gt 0>; ${w.count(c.unclear, "answer was", "answers were")} unclear</#if>. ${w.Count(q.answered, "authority", "authorities")} added detail. For example:</p>
<#else><p>${w.Count(q.answered, "authority", "authorities")} added detail to <#if q.answered == 1>its<#else>their</#if> answer.<#if q.quotes?has_content> For example:</#if></p>
</#if>
<#list q.quotes as a>
<blockquote>${a.text} (${a.authority})</blockquote>
</#list>
</#list>
