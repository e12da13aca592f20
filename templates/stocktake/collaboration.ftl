<#import "/words.ftl" as w>
<p>${w.Part(m.all.yes, m.all.of, "authority", "authorities")} that responded said that their work on serious youth violence was underpinned by collaboration, whether with the police, cross-agency, cross-borough or a combination of these.<#if m.all.not?has_content> ${w.list(m.all.not)} did not say so.</#if></p>
<table class="compact keep">
<caption>Kinds of collaboration ticked (an authority may tick more than one)</caption>
<thead><tr><th scope="col">Collaboration</th><th scope="col" class="number">Authorities</th></tr></thead>
<tbody>
<#list m.kinds as k><tr><th scope="row">${w.cap(k.words)}</th><td class="number">${k.count}</td></tr></#list>
</tbody>
</table>
