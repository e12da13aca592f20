<#-- The frame every document shares: XHTML that openhtmltopdf renders as tagged PDF, with title and language. -->
<#macro page title subject>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">
<head>
<meta charset="UTF-8"/>
<title>${title}</title>
<meta name="subject" content="${subject}"/>
<meta name="author" content="MOPAC, the Metropolitan Police Service and London Councils"/>
<style>
<#include "document.css" parse=false>
</style>
</head>
<body>
<#nested>
</body>
</html>
</#macro>
