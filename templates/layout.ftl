<#--
  The frame every document shares: cover, contents with page numbers, bookmarks, running header, and the
  sections in order. Well-formed XHTML that openhtmltopdf renders as tagged PDF (PDF/A-3a, PDF/UA-1) and
  that a browser shows as it is. Auto-escaping is always on: text from a workbook can never become markup.

  The model: doc (a DocumentModel) and medium ("print" for the PDF, "screen" for the HTML).
  A section's fragment sees its model as m.
-->
<#macro document doc>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">
<head>
<meta charset="UTF-8"/>
<title>${doc.title}</title>
<meta name="subject" content="${doc.subject}"/>
<meta name="author" content="${doc.publisher}"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<#if medium == "print">
<bookmarks>
<#if doc.front??><bookmark name="${doc.front.title}" href="#${doc.front.id}-page"/></#if>
<bookmark name="Contents" href="#contents"/>
<#list doc.sections as s>
<bookmark name="${s.title}" href="#${s.id}"><#list s.headings as h>
<bookmark name="${h.title}" href="#${h.id}"/></#list>
</bookmark>
</#list>
</bookmarks>
</#if>
<style>
<#include "document.css" parse=false>
</style>
<#if medium == "screen">
<link rel="stylesheet" href="screen.css"/>
</#if>
</head>
<body>
<#if medium == "print">
<div class="running-header">${doc.shortTitle}</div>
</#if>
<#if doc.front??>
<div class="cover front" id="${doc.front.id}-page">
<p class="cover-band">${doc.publisher}</p>
<h1>${doc.title}</h1>
<p class="front-subtitle">${doc.subtitle}. Quarter ${doc.quarter}: ${doc.period}.<#if doc.forWhom?has_content> ${doc.forWhom}.</#if> Prepared on ${doc.date}.</p>
<#assign m = doc.front.model>
<#include "/" + doc.front.template>
</div>
<#else>
<div class="cover">
<p class="cover-band">${doc.publisher}</p>
<h1>${doc.title}</h1>
<p class="cover-subtitle">${doc.subtitle}</p>
<p class="cover-quarter">Quarter ${doc.quarter}: ${doc.period}</p>
<#if doc.forWhom?has_content><p class="cover-for">${doc.forWhom}</p></#if>
<p class="cover-date">Prepared on ${doc.date}</p>
</div>
</#if>
<nav class="contents" id="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">Contents</h2>
<ul>
<#list doc.sections as s>
<li<#if s.appendix> class="appendix-entry"</#if>><a href="#${s.id}" title="${s.title}">${s.title}</a></li>
</#list>
</ul>
</nav>
<#list doc.sections as s>
<div class="section<#if s.landscape> landscape</#if><#if s.appendix> appendix</#if><#if s.runningOn> run-on</#if>" id="${s.id}">
<h2>${s.title}</h2>
<#assign m = s.model>
<#include "/" + s.template>
</div>
</#list>
</body>
</html>
</#macro>

<#-- A chart, described for those who cannot see it; its numbers are printed once, in the appendix "The numbers behind the charts". -->
<#macro chart c>
<div class="figure">
<div class="figure-chart">
${c.markup}
</div>
<p class="figure-note">The chart’s numbers are in the appendix <a href="#table-${c.id}">“The numbers behind the charts”</a>.</p>
</div>
</#macro>

<#-- A table whose first column heads its rows. -->
<#macro dataTable t id="">
<table<#if id?has_content> id="${id}"</#if>>
<caption>${t.caption}</caption>
<thead>
<tr><th scope="col">${t.rowHeading}</th><#list t.columns as col><th scope="col"<#if t.numeric[col?index]> class="number"</#if>>${col}</th></#list></tr>
</thead>
<tbody>
<#list t.rows as r>
<tr><th scope="row">${r.heading}</th><#list r.cells as cell><td<#if t.numeric[cell?index]> class="number"</#if>>${cell}</td></#list></tr>
</#list>
</tbody>
</table>
</#macro>

<#-- A RAG rating in words, with a mark of its own shape so it is never told by colour alone. -->
<#macro rag r><span class="rag rag-${r.key}">${r.label}</span></#macro>
