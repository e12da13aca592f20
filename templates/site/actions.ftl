<#--
  actions.html at the root of the output folder: every action of every quarter reviewed there, filtered as
  you type and sorted by any column. The program writes the actions, as JSON, into the element with the id
  actions-data (keep it, empty, as it is); actions.js reads them from there and shows them as text. The
  model: quarters (those listed, newest first) and unlisted (reviewed, but not in this database's history).
-->
<#import "page.ftl" as site>
<@site.page title="Actions of every quarter">
<main class="wide">
<p class="breadcrumb"><a href="index.html">Every quarter reviewed</a></p>
<h1>Actions of every quarter</h1>
<p>Every action of every plan reviewed into this folder: <#if quarters?has_content>${quarters?join(", ")}<#else>none yet</#if> (each quarter’s current revision). Type to filter: a row is shown when it has every word you type, in any column. Choose a quarter, a RAG rating, a type or a theme to narrow further; select a column’s heading to sort by it.</p>
<#if unlisted?has_content><p class="note">Not listed: ${unlisted?join(", ")}, whose review is not in this database’s history (it was run with another database); its folder has its actions in actions.csv.</p></#if>
<form class="controls" role="search" id="controls">
<div><label for="filter">Filter</label><input type="search" id="filter" autocomplete="off" spellcheck="false" placeholder="for example: Camden youth hub"/></div>
<div><label for="quarter">Quarter</label><select id="quarter"><option value="">All quarters</option></select></div>
<div><label for="rag">RAG</label><select id="rag"><option value="">All ratings</option></select></div>
<div><label for="type">Type</label><select id="type"><option value="">All types</option></select></div>
<div><label for="theme">Theme</label><select id="theme"><option value="">All themes</option></select></div>
</form>
<p id="count" role="status" aria-live="polite">Reading the actions…</p>
<table id="actions">
<caption class="note">Authority links to the plan’s feedback for that quarter, where the review made documents.</caption>
<colgroup><col class="authority"/><col class="quarter"/><col class="ref"/><col class="theme"/><col class="type"/><col class="lead"/><col class="rag"/><col class="text"/></colgroup>
<thead><tr>
<th scope="col" aria-sort="none"><button type="button" data-column="authority">Authority</button></th>
<th scope="col" aria-sort="none"><button type="button" data-column="quarter">Quarter</button></th>
<th scope="col" aria-sort="none"><button type="button" data-column="ref">Ref</button></th>
<th scope="col" aria-sort="none"><button type="button" data-column="theme">Theme</button></th>
<th scope="col" aria-sort="none"><button type="button" data-column="type">Type</button></th>
<th scope="col" aria-sort="none"><button type="button" data-column="lead">Lead organisations</button></th>
<th scope="col" aria-sort="none"><button type="button" data-column="rag">RAG</button></th>
<th scope="col" aria-sort="none"><button type="button" data-column="text">Action</button></th>
</tr></thead>
<tbody></tbody>
</table>
<p><button type="button" class="more" id="more" hidden="hidden">Show more</button></p>
<noscript><p>This page needs JavaScript to list the actions. Each quarter’s folder has them all in actions.csv and review.xlsx.</p></noscript>
</main>
<script type="application/json" id="actions-data"></script>
<script>
<#include "actions.js" parse=false>
</script>
</@site.page>
