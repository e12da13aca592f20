<p>Authorities were asked whether they have a corporate approach to tackling serious youth violence, including knife and gang crime; whether they have a specific knife crime action plan; whether their work is underpinned by collaboration with the police, across agencies or across boroughs; and whether they engage specifically with community and voluntary sector agencies on this agenda. Their answers follow, by question.</p>
<#list m.questions as q>
<h3 id="question-${q?index + 1}">${q.title}</h3>
<#if q.answers?has_content>
<#list q.answers as a>
<p>${a.text} (${a.authority})</p>
</#list>
<#else>
<p>No authority added detail to its answer.</p>
</#if>
</#list>
