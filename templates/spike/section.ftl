<#import "/layout.ftl" as l>
<p>Some text with a hostile &lt;script&gt; and figures.</p>
<h3 id="${m.chart.id}-h">Sub heading</h3>
<@l.chart m.chart/>
<p>Ratings: <@l.rag {"key":"red","label":"Red"}/> <@l.rag {"key":"green","label":"Green"}/> <@l.rag {"key":"none","label":"Not rated"}/></p>
<#if m.rows?has_content>
<table>
<caption>Long table</caption>
<thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>
<tbody>
<#list m.rows as r><tr><th scope="row">${r[0]}</th><td>${r[1]}</td></tr></#list>
</tbody>
</table>
</#if>
