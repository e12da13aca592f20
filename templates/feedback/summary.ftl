<p class="lead">This is the feedback of MOPAC, the Metropolitan Police Service (MPS) and London Councils on the violence reduction action plan of ${m.csp} (${m.name}), received for ${doc.quarter} in the file “${m.file}”.</p>
<p>${m.actions}</p>
<p>${m.standing}</p>
<#if m.first?has_content>
<div class="box">
<p class="key-figure">The first things to put right</p>
<ul>
<#list m.first as f><li>${f}.</li></#list>
</ul>
<#if m.more gt 0><p>The section “What to improve” lists these with the actions concerned, and ${prose.count(m.more)} more.</p><#else><p>The section “What to improve” lists the actions concerned.</p></#if>
</div>
<#else>
<p>The review panel found nothing the plan lacks: every action carries what it should, and every mandatory action is in place.</p>
</#if>
