<#--
  The frame of the pages analysts browse (index.html of a quarter and of the output folder, actions.html):
  everything inside the one file — styles, the bundled fonts, any script — so a page opened from a shared
  drive with no network fetches nothing, and its Content-Security-Policy forbids it to. Auto-escaping is
  always on: text from a workbook can never become markup.
-->
<#macro page title>
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; script-src 'unsafe-inline'; img-src data:"/>
<meta name="author" content="MOPAC, the Metropolitan Police Service and London Councils"/>
<title>${title}</title>
<style>
${fonts}
<#include "pages.css" parse=false>
</style>
</head>
<body>
<div class="band">MOPAC, the Metropolitan Police Service and London Councils</div>
<#nested>
</body>
</html>
</#macro>

<#-- Links side by side: "PDF · HTML". -->
<#macro links list><#list list as l><a href="${l.href}">${l.label}</a><#sep> · </#sep></#list></#macro>
