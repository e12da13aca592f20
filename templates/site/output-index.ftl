<#--
  index.html at the root of the output folder, rebuilt each time a review is published there: every quarter
  reviewed with its current revision, and each authority's feedback in the recent quarters. The model:
  quarters (rows), feedbackQuarters and feedback (rows), actions and listedQuarters (what actions.html lists).
-->
<#import "page.ftl" as site>
<@site.page title="Reviews of the violence reduction action plans">
<main>
<h1>Reviews of the violence reduction action plans</h1>
<p>Every quarter reviewed into this folder, newest first, with its current revision. A published revision never changes: reviewing a quarter again makes a new revision, which becomes the current one. This page and actions.html are rebuilt each time a review is published here.</p>
<div class="box"><p><a href="actions.html"><strong>All actions of every quarter</strong></a>: ${prose.figures(actions, "action", "actions")} from ${prose.figures(listedQuarters, "quarter", "quarters")}, to filter as you type and sort.</p></div>
<nav class="on-this-page" aria-label="On this page">On this page: <a href="#quarters">Quarters</a> · <a href="#feedback">Feedback by authority</a></nav>

<h2 id="quarters">Quarters</h2>
<table id="quarter-list">
<thead><tr><th scope="col">Quarter</th><th scope="col">Current revision</th><th scope="col" class="number">Plans</th><th scope="col" class="number">Actions</th><th scope="col">Findings</th><th scope="col">Documents and tables</th><th scope="col">Earlier revisions</th></tr></thead>
<tbody>
<#list quarters as q>
<tr><th scope="row"><strong>${q.quarter}</strong><br/><span class="note">${q.period}</span></th>
<td><#if q.revision == 0>stock-take only<#elseif q.index??><a href="${q.index}">revision ${q.revision}</a><#else>revision ${q.revision}</#if></td>
<#if q.listed><td class="number">${prose.figure(q.plans)}</td><td class="number">${prose.figure(q.actions)}</td><td><span<#if q.errors gt 0> class="count-error"</#if>>${prose.figures(q.errors, "error", "errors")}</span>, <span<#if q.warnings gt 0> class="count-warning"</#if>>${prose.figures(q.warnings, "warning", "warnings")}</span>, ${prose.figure(q.infos)} for information</td>
<#else><td colspan="3" class="none"><#if q.revision == 0>–<#else>Not in this database’s history</#if></td></#if>
<td><@site.links q.files/></td>
<td><#if q.earlier?has_content><@site.links q.earlier/><#else>–</#if></td></tr>
</#list>
</tbody>
</table>

<h2 id="feedback">Feedback by authority</h2>
<#if feedback?has_content>
<p>Each authority’s feedback in the current revision of <#if feedbackQuarters?size == 1>the quarter<#else>the last ${feedbackQuarters?size} quarters</#if> reviewed; a joint plan’s under each of its authorities.</p>
<table id="feedback-list">
<thead><tr><th scope="col">Authority</th><th scope="col">Code</th><#list feedbackQuarters as fq><th scope="col">${fq}</th></#list></tr></thead>
<tbody>
<#list feedback as f>
<tr><th scope="row">${f.name}</th><td>${f.code}</td><#list f.quarters as cell><td<#if !cell?has_content> class="none"</#if>><#if cell?has_content><@site.links cell/><#else>–</#if></td></#list></tr>
</#list>
</tbody>
</table>
<#else>
<p>No feedback documents yet: the reviews here were run without documents.</p>
</#if>
</main>
</@site.page>
