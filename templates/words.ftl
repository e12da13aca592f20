<#--
  How the documents say numbers, shares, lists and plurals. Every template imports it:
    <#import "/words.ftl" as w>
  then writes, for example:
    ${w.N(3)} plans                 Three plans
    ${w.count(22, "plan", "plans")}  twenty-two plans       (numbers in words up to one hundred)
    ${w.figures(1588, "action", "actions")}  1,588 actions  (figures, for things counted in hundreds)
    ${w.part(29, 32, "plan", "plans")}  all but three of the thirty-two plans
    ${w.pct(12, 50)}                 24%                    (a part of a whole, rounded)
    ${w.share(0.07)}                 7%                     (a share from 0 to 1)
    ${w.fraction(0.5)}               half                   (a threshold as a reader says it)
    ${w.list(["Camden", "Hackney", "Lambeth"])}  Camden, Hackney and Lambeth
    ${w.verb(2, "has", "have")}      have
  Change a word here and every document says it the new way at the next run.
-->
<#function n count><#return prose.count(count)></#function>
<#function N count><#return prose.capitalise(prose.count(count))></#function>
<#function fig count><#return prose.figure(count)></#function>
<#function verb count singular plural><#return (count == 1)?then(singular, plural)></#function>
<#function count number singular plural><#return prose.count(number) + " " + verb(number, singular, plural)></#function>
<#function Count number singular plural><#return prose.capitalise(count(number, singular, plural))></#function>
<#function figures number singular plural><#return prose.figure(number) + " " + verb(number, singular, plural)></#function>
<#function part part whole singular plural><#return prose.proportion(part, whole, singular, plural)></#function>
<#function Part part whole singular plural><#return prose.capitalise(prose.proportion(part, whole, singular, plural))></#function>
<#function pct part whole><#return prose.percent(part, whole)></#function>
<#function share value><#return prose.percent((value * 100)?round, 100)></#function>
<#function fraction value>
  <#if value == 0.5><#return "half">
  <#elseif value == 0.25><#return "a quarter">
  <#elseif value == 0.75><#return "three quarters">
  <#elseif value == 1><#return "all">
  <#else><#return share(value)>
  </#if>
</#function>
<#function list items><#return prose.list(items)></#function>
<#-- Clauses, each with its own verb: "three are late, and one is a draft"; "a; b; and c" for more. -->
<#function clauses items>
  <#if items?size lt 2><#return items?join("")></#if>
  <#if items?size == 2><#return items[0] + ", and " + items[1]></#if>
  <#return items[0..items?size - 2]?join("; ") + "; and " + items?last>
</#function>
<#function listOr items><#return prose.listOr(items)></#function>
<#function cap text><#return prose.capitalise(text)></#function>
<#-- A sentence's full stop, unless the text already ends one. -->
<#function sentence text><#return prose.sentence(text)></#function>

<#-- A kind of partner within a sentence: "trading standards and licensing", but "MOPAC / VRU". -->
<#function partner name><#return name?matches(".*[A-Z]{2,}.*")?then(name, name?lower_case)></#function>
<#function partners names><#return list(partnerWords(names))></#function>
<#function partnersOr names><#return listOr(partnerWords(names))></#function>
<#function partnerWords names>
  <#local said = []>
  <#list names as name><#local said = said + [partner(name)]></#list>
  <#return said>
</#function>

<#-- What every action should carry, by its key in the CSV files ("lead" → "a named lead"). -->
<#function item key>
  <#switch key>
    <#case "outcome"><#return "an outcome">
    <#case "baseline"><#return "a baseline">
    <#case "lead"><#return "a named lead">
    <#case "lead_organisation"><#return "a lead organisation">
    <#case "start_date"><#return "a start date">
    <#case "end_date"><#return "an end date">
    <#case "progress"><#return "progress to date">
    <#case "rag"><#return "a RAG rating">
    <#case "comments_or_documents"><#return "comments or supporting documents">
    <#case "dates"><#return "start and end dates">
    <#default><#return key>
  </#switch>
</#function>
<#-- What an action lacks, by the same keys ("lead" → "no named lead"). -->
<#function lacking key>
  <#switch key>
    <#case "comments_or_documents"><#return "neither comments nor supporting documents">
    <#case "dates"><#return "no full timescale (a start and an end date)">
    <#case "progress"><#return "no progress to date">
    <#default><#return "no " + item(key)?remove_beginning("an ")?remove_beginning("a ")>
  </#switch>
</#function>

<#-- What actions did since last quarter, after their count, by the movement's key in the CSV files. -->
<#function moved key count>
  <#switch key>
    <#case "turned green"><#return "turned green">
    <#case "turned red"><#return "turned red">
    <#case "improved"><#return "improved from red to amber">
    <#case "worsened"><#return "fell back to amber">
    <#case "completed"><#return verb(count, "was", "were") + " completed">
    <#case "newly rated"><#return verb(count, "was", "were") + " rated for the first time">
    <#case "no longer rated"><#return "lost " + verb(count, "its", "their") + " RAG rating">
    <#case "added"><#return verb(count, "was", "were") + " added">
    <#case "dropped"><#return verb(count, "was", "were") + " dropped">
    <#default><#return "stayed the same">
  </#switch>
</#function>

<#-- References to actions: "1.2, 4.3, row 9 of ‘Plan’". -->
<#macro refs items><#list items as r>${r}<#sep>, </#sep></#list></#macro>

<#-- A median of counts, as a whole number: "fourteen", or "about thirteen" for 12.5. -->
<#function about value><#return (value == value?floor)?then(n(value?floor), "about " + n(value?round))></#function>
<#function aboutFigure value><#return (value == value?floor)?then(fig(value?floor), "about " + fig(value?round))></#function>

<#-- A number of months as a reader says it: "five years" for 60, "eighteen months" for 18. -->
<#function months number><#return (number % 12 == 0)?then(count(number / 12, "year", "years"), count(number, "month", "months"))></#function>

<#-- A score in a sentence: "100 out of 100", not "100.0". -->
<#function score text><#return (text == "100.0")?then("100", text)></#function>

<#-- How old something is, as a reader says it: "over eight years" for 104 months, "five years" for 60,
     "over a year" for 15, "seven months". -->
<#function age months>
  <#local years = (months / 12)?floor>
  <#if years == 0><#return count(months, "month", "months")></#if>
  <#return (months % 12 == 0)?then("", "over ") + (years == 1)?then("a year", n(years) + " years")>
</#function>

<#-- An idea's name within a sentence: "mentoring", but "CitySafe Havens". -->
<#function idea name><#return name?matches("^\\S*[A-Z]\\S*[A-Z].*|^[A-Z]{2,}.*")?then(name, name?uncap_first)></#function>
<#function ideas names>
  <#local said = []>
  <#list names as name><#local said = said + [idea(name)]></#list>
  <#return list(said)>
</#function>

<#-- A quotation from a plan, in single quotes. -->
<#macro quote text>‘${text}’</#macro>

<#-- Where a score stands in London: the band's words. -->
<#function band key>
  <#if key == "top"><#return "in the top quarter of London’s plans">
  <#elseif key == "bottom"><#return "in the bottom quarter of London’s plans">
  <#else><#return "in the middle half of London’s plans">
  </#if>
</#function>
<#function bandShort key>
  <#if key == "top"><#return "top quarter">
  <#elseif key == "bottom"><#return "bottom quarter">
  <#else><#return "middle half">
  </#if>
</#function>
