<#--
  What to improve, as the feedback says it: for each kind of improvement, its headline, its advice, and the
  short ask on the front page. i is an Improvement; f holds what the plan needs refreshing for (its standing),
  the date a revised plan is due and the replaced templates.
-->
<#import "/words.ftl" as w>
<#macro refs i><#if i.details?has_content><#local said = []><#list i.details as d><#local said = said + [d.ref]></#list><@w.refs said/><#else><@w.refs i.refs/></#if></#macro>

<#macro headline i f>
<#switch i.kind>
<#case "refresh">The plan is not current<#break>
<#case "timescales">Every dated action was due to end by ${i.item}, before this quarter began<#break>
<#case "mandatory-missing">${w.Count(i.count, "mandatory action of the template is", "mandatory actions of the template are")} missing from the plan<#break>
<#case "mandatory-unfilled">${w.Count(i.count, "mandatory action is", "mandatory actions are")} in the plan but left much as the template wrote <#if i.count == 1>it<#else>them</#if><#break>
<#case "sign-off"><#if i.item == "no">The plan is not signed off<#else>The plan is only partly signed off</#if><#break>
<#case "police"><#if i.count == i.of>All ${w.figures(i.of, "action is", "actions are")}<#else>${w.fig(i.count)} of ${w.figures(i.of, "action is", "actions are")}</#if> led by the police alone<#break>
<#case "lacking">${w.fig(i.count)} of ${w.figures(i.of, "action", "actions")} ${w.verb(i.count, "has", "have")} ${w.lacking(i.item)}<#break>
<#case "lacking-dates">${w.fig(i.count)} of ${w.figures(i.of, "action", "actions")} ${w.verb(i.count, "lacks", "lack")} a start date, an end date or both<#break>
<#case "partners">Actions are led by ${w.n(i.count)} of the ${w.n(i.of)} kinds of partner<#break>
</#switch>
</#macro>

<#macro why f><#local s = f.standing><#local reasons = []><#if s.superseded><#local reasons = reasons + ["it is on the " + f.supersededTemplates + " template, which the current template has replaced"]></#if><#if s.stale><#local reasons = reasons + ["it was submitted in " + s.submitted + ", " + w.age(s.monthsOld) + " before this quarter"]></#if><#if s.draft><#local reasons = reasons + ["the file received is marked as a draft"]></#if>${w.list(reasons)}</#macro>

<#macro advice i f>
<#switch i.kind>
<#case "refresh">The review reports the plan as received, but <@why f/>, so its figures describe an earlier position than this quarter’s. Send the current plan, on the current template and signed off, by ${f.due}.<#break>
<#case "timescales">${w.Count(i.count, "action is", "actions are")} not marked complete: give <#if i.count == 1>it a new end date, or mark it<#else>each a new end date, or mark it</#if> complete, so that its RAG rating measures progress against a date still to come.<#break>
<#case "mandatory-missing">Add <#if i.count == 1>it<#else>each</#if>, with an outcome, a named lead and dates, or say in the comments why it does not apply.<#break>
<#case "mandatory-unfilled">Fill in what each should carry: the appendix lists what each lacks.<#break>
<#case "sign-off">It still needs the sign-off of <#if i.names?has_content>${w.list(i.names)}<#else>the Chief Executive, the Leader or elected Mayor and the BCU Commander</#if>: each gives a name, a date and a signature.<#break>
<#case "police">Plans that are almost entirely police actions do not draw on the CSP’s wider work: ask the partners who have a part to play to own actions.<#break>
<#case "lacking">
<#switch i.item>
<#case "outcome">Say what each action will achieve, as a measurable outcome.<#break>
<#case "baseline">Give a baseline where one is suitable, so progress can be measured.<#break>
<#case "lead">Name a person who owns each action, not only an organisation.<#break>
<#case "lead_organisation">Name the organisation that leads each action.<#break>
<#case "progress">Say what has been done so far.<#break>
<#case "rag">Rate each action red, amber or green (or complete).<#break>
<#case "comments_or_documents">Add comments (planned reviews, or why an action will not be done) or supporting documents.<#break>
<#default>Complete it for each action.
</#switch>
<#break>
<#case "lacking-dates">Give each action a start and an end date; an estimate is fine, and “ongoing” is not a date.<#break>
<#case "partners">No action is led by ${w.partnersOr(i.names)}. Where one of these partners has a part to play, name it as lead.<#break>
</#switch>
</#macro>

<#macro ask i f>
<#switch i.kind>
<#case "refresh">Send the current plan, on the current template and signed off: <@why f/>.<#break>
<#case "timescales">Give new end dates to the ${w.figures(i.count, "action", "actions")} past <#if i.count == 1>its end date<#else>theirs</#if>, or mark <#if i.count == 1>it<#else>them</#if> complete: every dated action was due to end by ${i.item}.<#break>
<#case "mandatory-missing">Add the missing mandatory <#if i.count == 1>action<#else>actions</#if> (<@refs i/>).<#break>
<#case "mandatory-unfilled">Fill in the mandatory <#if i.count == 1>action<#else>actions</#if> left as the template wrote <#if i.count == 1>it<#else>them</#if> (<@refs i/>).<#break>
<#case "sign-off">Complete sign-off by <#if i.names?has_content>${w.list(i.names)}<#else>the Chief Executive, the Leader or elected Mayor and the BCU Commander</#if>.<#break>
<#case "police">Ask partners to own actions: <#if i.count == i.of>all ${w.figures(i.of, "action rests", "actions rest")}<#else>${w.fig(i.count)} of the ${w.figures(i.of, "action rests", "actions rest")}</#if> on the police alone.<#break>
<#case "lacking">Give ${w.item(i.item)} to <#if i.count == i.of>every action<#else>the ${w.figures(i.count, "action", "actions")} without one</#if>.<#break>
<#case "lacking-dates">Give start and end dates to <#if i.count == i.of>every action<#else>the ${w.figures(i.count, "action", "actions")} without them</#if>.<#break>
<#case "partners">Bring in partners who lead no action yet, such as ${w.partnersOr(i.names[0..*3])}.<#break>
</#switch>
</#macro>
