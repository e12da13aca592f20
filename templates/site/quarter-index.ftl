<#--
  index.html in the folder of a revision of a quarter's review: every authority by name with its feedback,
  the documents and tables, and the findings by severity. The model: quarter, period, revision, reviewDate,
  outputIndex (the index of every quarter), previous (the revision this one replaced, or null), errors,
  warnings, infos, files (name, description), authorities (rows), plans and covered (how many).
-->
<#import "page.ftl" as site>
<@site.page title="Review of the violence reduction action plans: ${quarter}">
<main>
<p class="breadcrumb"><a href="${outputIndex}">Every quarter reviewed</a></p>
<h1>Review of the violence reduction action plans: ${quarter}</h1>
<p class="subtitle">${period} · revision ${revision} · reviewed on ${reviewDate}</p>
<div class="box"><p>This is revision ${revision} of the review of ${quarter}<#if previous??>; when it was published it replaced <a href="${previous.href}">${previous.label}</a></#if>. A published revision never changes: <a href="${outputIndex}">the index of every quarter</a> says which revision is current.</p></div>
<#assign present = files?map(f -> f.name)>
<div class="box"><p><#if present?seq_contains("review.pdf")><strong>The review:</strong> <a href="review.pdf">PDF</a> · <a href="review.html">HTML</a>. </#if><#if present?seq_contains("stocktake.pdf")><strong>Stock-take:</strong> <a href="stocktake.pdf">PDF</a> · <a href="stocktake.html">HTML</a>. </#if><#if present?seq_contains("review.xlsx")><strong>Every table in Excel:</strong> <a href="review.xlsx">review.xlsx</a>. </#if><strong>Findings:</strong> <a href="findings.csv"><span<#if errors gt 0> class="count-error"</#if>>${prose.figures(errors, "error", "errors")}</span>, <span<#if warnings gt 0> class="count-warning"</#if>>${prose.figures(warnings, "warning", "warnings")}</span></a> and ${prose.figures(infos, "finding", "findings")} for information.</p></div>
<nav class="on-this-page" aria-label="On this page">On this page: <a href="#authorities">Authorities and their feedback</a> · <a href="#files">Every document and table</a></nav>

<h2 id="authorities">Authorities and their feedback</h2>
<p>${prose.figures(plans, "plan", "plans")} covering ${covered} of ${authorities?size} authorities. A joint plan’s feedback is listed under each of its authorities.</p>
<table>
<thead><tr><th scope="col">Authority</th><th scope="col">Code</th><th scope="col">Feedback</th><th scope="col" class="number">Overall score</th><th scope="col" class="number">Rank</th><th scope="col">Notes</th></tr></thead>
<tbody>
<#list authorities as a>
<tr><th scope="row">${a.name}</th><td>${a.code}</td><td<#if !a.feedback?has_content> class="none"</#if>><#if a.feedback?has_content><@site.links a.feedback/><#else>–</#if></td><td class="number">${a.overall}</td><td class="number">${a.rank}</td><td<#if !a.planId?has_content> class="none"</#if>>${a.note}</td></tr>
</#list>
</tbody>
</table>

<h2 id="files">Every document and table</h2>
<ul class="files">
<#list files as f>
<li><a class="file" href="${f.name}">${f.name}</a>: ${f.description}</li>
</#list>
</ul>
<p>findings.csv lists, each with its file, sheet and cell, everything a reviewer should know that is not a score<#if present?seq_contains("review.xlsx")>; so does the Findings sheet of review.xlsx</#if>.</p>
</main>
</@site.page>
