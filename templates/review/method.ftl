<#import "/words.ftl" as w>
<p>The review reads every action of every plan, checks what each action carries, and scores each plan from 0 to 100. The weights and thresholds below are those in force for this review. The reviewing team can change them, and the next review prints the new ones here.</p>
<h3 id="method-completeness">Completeness</h3>
<p>Each action earns the weights of what it carries, out of the total of ${m.fieldTotal}. A cell that only says “TBC”, “N/A”, “none” or a dash counts as empty. A lead organisation may be named in its own column or in the lead cell. An action rated complete earns the weights of its dates and progress: it is done. A plan’s completeness is the average over its actions; a theme’s is the average over the plan’s actions in that theme.</p>
<table class="compact">
<caption>Weights of what every action should carry</caption>
<thead><tr><th scope="col">What the action carries</th><th scope="col" class="number">Weight</th></tr></thead>
<tbody>
<#list m.fields as f><tr><th scope="row">${w.cap(w.item(f.key))}</th><td class="number">${f.weight}</td></tr></#list>
</tbody>
</table>
<h3 id="method-mandatory">Mandatory coverage</h3>
<p>Each mandatory action of the plan’s template counts fully when it is in the plan and its completeness reaches ${m.filledThreshold}; half when it is in the plan but below that (left as the template wrote it, “little filled in”); nothing when it is missing. A mandatory action is found by its reference, or by its wording where the council renumbered it. Coverage is the share earned, out of 100.</p>
<h3 id="method-breadth">Partnership breadth</h3>
<p>Each action’s lead and lead organisation are matched to kinds of partner, from a list of partners’ names that the reviewing team keeps. Breadth combines how many kinds of partner lead actions (full marks at ${m.targetCategories}), with weight ${m.countWeight}, and how evenly they share the actions (1 when they lead equally many, 0 when one partner leads everything), with weight ${m.evennessWeight}. An action led jointly counts equally for each partner. The police share is the share of a plan’s actions whose only lead is the police; scores.csv gives it as a fraction, from 0 to 1.</p>
<h3 id="method-overall">Sign-off and overall score</h3>
<p>Sign-off scores 100 when the Chief Executive, the Leader or elected Mayor and the BCU Commander have each given a name and a signature, 50 when some have, and 0 when none has. The overall score is the weighted average of the scores below; a 2017 plan, whose template asked for no sign-off, is scored on the other three. Every score is rounded to one decimal place, as scores.csv shows it, before it is combined; scores.csv also ranks the plans, equal scores sharing a rank.</p>
<table class="compact">
<caption>Weights of the scores in the overall score</caption>
<thead><tr><th scope="col">Score</th><th scope="col" class="number">Weight</th></tr></thead>
<tbody>
<#list m.overall as f><tr><th scope="row"><#switch f.key><#case "completeness">Completeness<#break><#case "mandatory-coverage">Mandatory coverage<#break><#case "partnership-breadth">Partnership breadth<#break><#default>Sign-off (not for 2017 plans)</#switch></th><td class="number">${f.weight}</td></tr></#list>
</tbody>
</table>
<h3 id="method-judgements">Bands, currency and good practice</h3>
<p>Medians and quartiles are taken across the plans reviewed, by the method of Excel’s MEDIAN and QUARTILE.INC, and rounded as the scores are; “the middle half of plans” runs from the lower to the upper quartile. A plan is in the top quarter when its overall score is at or above the upper quartile and above the median, in the bottom quarter when at or below the lower quartile and below the median, and otherwise in the middle half; scores.csv gives each plan’s band. Other scores are placed in the same way, so a score most plans share, such as full mandatory coverage, is in the middle half. The overall standard of the plans is good when the median plan’s completeness is ${m.good} or more, mixed from ${m.mixed} to below ${m.good}, and weak below ${m.mixed}.</p>
<p>A plan is almost entirely police actions when more than ${w.share(settings.policeHeavyShare)} of its actions are led by the police alone; a low police share counts as a strength only when at least ${w.share(settings.wellLedShare)} of the plan’s actions name a lead organisation. A plan or a stock-take answer is out of date when it was submitted more than ${settings.staleAfterMonths} months before the last month of the quarter reviewed. A plan on the ${settings.supersededTemplates?join(" or ")} template counts as being on a replaced template, and a file whose name has the word ${settings.draftWords?join(" or ")} is a draft. A revised plan is asked for ${settings.revisedPlanWeeks} weeks after the review date. A plan that is not current is scored and counted in every figure, but is not quoted as good practice or among the strongest plans in a theme, nor offered for linking up.</p>
<p>Good practice is an action beyond the template (local or developing) with an outcome, a named lead and a date, rated green, amber or complete, whose wording is not a mandatory action’s, and that one of the ideas on the reviewing team’s list of good practice describes, by the phrasings listed for it. An idea that at least ${w.share(settings.commonPracticeShare)} of plans have is common practice. Two actions do the same thing when the cosine of their words, each weighted by how rare it is across all actions, is at least ${m.similarWording}; a sound local action no idea describes, worded like actions in no more than ${m.newIdeaMaxPlans} plans including its own, is a new idea. A plan’s theme is weak for linking up when its completeness is more than ${m.weakThemeMargin} points below London’s median. RAG ratings are read from the words in the cell or, failing that, its fill colour; blue and “complete” both count as complete. Percentages are rounded to whole numbers.</p>
<h3 id="method-files">Files and submissions</h3>
<p>Every figure in this review can be traced to the files published with it: scores.csv (one row per plan), actions.csv (every action of every plan), movement.csv (every action that moved since last quarter), good-practice.csv (every example of good practice and every new idea, with the words that matched), linking-up.csv (every gap and every offer, with the lead to contact) and findings.csv (everything that could not be read or resolved).</p>
<#if m.rejected?has_content>
<p>Submissions that could not be read:</p>
<ul>
<#list m.rejected as r><li>${r.file}<#if r.reason?has_content>: ${r.reason}</#if></li></#list>
</ul>
</#if>
<#if m.superseded?has_content>
<p>Submissions set aside because a later one covers the same authority:</p>
<ul>
<#list m.superseded as r><li>${r.file}<#if r.reason?has_content>: ${r.reason}</#if></li></#list>
</ul>
</#if>
