<p>${m.opening}</p>
<table class="compact">
<caption>Actions that lack something, in the plan’s order (actions.csv: missing)</caption>
<thead><tr><th scope="col" style="width: 12%">Ref</th><th scope="col" style="width: 18%">Theme</th><th scope="col" style="width: 34%">Action</th><th scope="col" style="width: 16%">Lead</th><th scope="col" style="width: 20%">What it lacks</th></tr></thead>
<tbody>
<#list m.rows as r><tr><th scope="row">${r.ref}</th><td>${r.theme}</td><td>${r.action}</td><td>${r.lead}</td><td>${r.lacks}</td></tr></#list>
</tbody>
</table>
