<p class="lead">${m.opening}</p>
<#list m.plans as p>
<h3 id="strongest-${p?index + 1}">${p.name}</h3>
<p class="meta">${prose.capitalise(p.standing)}.</p>
<p>In ${p.name}’s plan ${prose.list(p.strengths)}.</p>
</#list>
