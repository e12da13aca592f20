<#import "/words.ftl" as w>
<p class="lead">How the plan scores beside the other London plans this quarter. Scores are out of 100; the band places the plan among London’s plans: the top quarter, the middle half or the bottom quarter.</p>
<table class="compact keep">
<caption>The plan’s scores beside the London median</caption>
<thead><tr><th scope="col">Score</th><th scope="col" class="number">This plan</th><th scope="col" class="number">London median</th><th scope="col">Where the plan stands</th></tr></thead>
<tbody>
<#list m.rows as r><tr><th scope="row"><#switch r.key><#case "overall">Overall score<#break><#case "completeness">Completeness<#break><#case "mandatory">Mandatory coverage<#break><#case "breadth">Partnership breadth<#break><#case "police">Actions led by the police alone<#break><#case "kinds">Kinds of partner leading actions<#break><#default>Actions</#switch></th><td class="number">${r.plan}</td><td class="number">${r.median}</td><td><#if r.key == "police"><#switch r.position><#case "heavy">Almost entirely police actions<#break><#case "unled">Cannot be told: too many actions name no lead organisation<#break><#case "less">Less rests on the police than in most plans<#break><#case "more">More rests on the police than in most plans<#break><#default>About as in most plans</#switch><#elseif r.key == "actions"><#switch r.position><#case "top">More actions than most plans<#break><#case "bottom">Fewer actions than most plans<#break><#default>About as many as most plans</#switch><#elseif r.key == "mandatory" && r.plan == "100.0">Every mandatory action in place<#else>${w.cap(w.bandShort(r.position))}</#if></td></tr></#list>
</tbody>
</table>
