<#import "/words.ftl" as w>
<#assign l = m.london>
<#assign baseline = l.have("baseline")>
<h2 class="front-heading" id="key-messages">Key messages</h2>
<ol class="key-messages">
<#-- 1. The overall standard. -->
<li><span class="message">The overall standard of the plans is ${m.standard}.</span> The median plan scores ${w.score(m.medianCompleteness)} out of 100 for how fully its actions carry what every action should. ${w.pct(l.have("outcome"), l.actions)} of actions have an outcome and ${w.pct(l.have("lead"), l.actions)} a named lead, <#if baseline == 0>but none has a baseline<#else>but only ${w.pct(baseline, l.actions)} have a baseline</#if> to measure progress from.</li>
<#-- 2. Partnership. -->
<li><span class="message"><#if l.policeHeavy?size == 0>Every plan is owned across the partnership.<#elseif l.policeHeavy?size * 4 <= l.plans>Most plans are owned across the partnership, but ${w.count(l.policeHeavy?size, "rests", "rest")} almost entirely on the police.<#else>Too many plans rest almost entirely on the police.</#if></span> The median plan has actions led by ${w.about(m.medianKinds)} of the ${w.n(m.partnerKinds)} kinds of partner<#if l.policeHeavy?has_content>; in ${w.part(l.policeHeavy?size, l.plans, "plan", "plans")} more than ${w.fraction(settings.policeHeavyShare)} of the actions are led by the police alone</#if>.</li>
<#-- 3. Whether the plans and the stock-take are current. -->
<#assign staleSurvey = (m.survey?? && m.survey.stale)>
<#if l.refresh?has_content || staleSurvey>
<li><span class="message"><#if l.refresh?has_content>${w.Count(l.refresh?size, "plan is", "plans are")} not current<#if staleSurvey>, and the stock-take answers date from ${m.survey.when}</#if>.<#else>The stock-take answers date from ${m.survey.when}.</#if></span><#if !l.refresh?has_content> Every plan reviewed is current, but the stock-take describes borough activity then.</#if><#if l.refresh?has_content> <#assign groups = []><#list m.refresh as g><#assign why = []><#if g.superseded><#assign why = why + [w.verb(g.plans?size, "is", "are") + " on the replaced " + m.supersededTemplates + " template"]></#if><#if g.stale><#assign why = why + [w.verb(g.plans?size, "was", "were") + " submitted " + w.age(g.monthsOld) + " before this quarter"]></#if><#if g.draft><#assign why = why + [w.verb(g.plans?size, "is", "are") + " marked as a draft"]></#if><#assign groups = groups + [w.n(g.plans?size) + " " + why?join(" and ")]></#list>Of the ${w.n(l.refresh?size)}, ${w.clauses(groups)}. Their figures are reported as received, but they describe the position when they were written, not this quarter’s.</#if><#if m.timescales.ended?has_content> <#if m.timescales.ended?size == m.timescales.plans>In every plan<#else>In ${w.count(m.timescales.ended?size, "plan", "plans")}</#if>, current or not, every dated action was due to end before this quarter began.</#if></li>
<#else>
<li><span class="message">Every plan reviewed is current.</span> None is a draft, on a replaced template or more than ${w.months(settings.staleAfterMonths)} old<#if m.timescales.ended?has_content>, but in ${w.count(m.timescales.ended?size, "plan", "plans")} every dated action was due to end before this quarter began</#if>.</li>
</#if>
<#-- 4. Good practice. -->
<#assign ideas = m.ideas>
<li><span class="message"><#if ideas.shared?has_content>${w.Count(ideas.shared?size, "idea", "ideas")} from ${w.count(ideas.plansSharing(), "plan", "plans")} <#if ideas.shared?size == 1>is<#else>are</#if> worth sharing across London.<#else>No idea beyond the template was found that few enough plans have to be worth sharing.</#if></span><#if ideas.common?has_content> <#assign names = []><#list ideas.common as i><#assign names = names + [i.name]></#list><#if ideas.common?size == 1>One idea is<#else>${w.N(ideas.common?size)} ideas are</#if> now common practice, in at least ${w.fraction(settings.commonPracticeShare)} of plans: ${w.ideas(names)}.</#if><#if ideas.newIdeas?has_content> ${w.Count(ideas.newIdeas?size, "local action", "local actions")} that no listed idea describes <#if ideas.newIdeas?size == 1>is a new idea</#if><#if ideas.newIdeas?size gt 1>are new ideas</#if> for the review panel to name.</#if></li>
<#-- 5. Gaps and linking up. -->
<#assign links = m.links>
<li><span class="message"><#if links.helped gt 0>${w.Count(links.helped, "partnership", "partnerships")} can be linked up with others strong where they are weak.<#elseif links.gaps gt 0>No partnership yet does well what those with gaps lack.<#else>No plan has a gap that linking up could fill.</#if></span><#if m.mandatoryPlans gt 0> ${w.Part(m.mandatoryPlans, l.plans, "plan", "plans")} <#if m.mandatoryPlans == 1>lacks a mandatory action or leaves one<#else>lack a mandatory action or leave one</#if> little filled in<#if m.commonestGap?? && m.commonestGap.plans gt 1>; the most common is ${m.commonestGap.ref}, <@w.quote m.commonestGap.text/> (${w.count(m.commonestGap.plans, "plan", "plans")})</#if>.</#if></li>
</ol>
<h2 class="front-heading" id="asks">What we ask of the partnerships</h2>
<ul class="asks">
<#if l.refresh?has_content><li>Where a plan is out of date, a draft or on a replaced template, send the current plan by ${m.due}.</li></#if>
<li>Give every action a baseline where one is suitable, so that its outcome can be measured.</li>
<#if m.timescales.pastEnd gt 0><li>Give the <#if m.timescales.pastEnd == 1>action past its end date a new one, or mark it<#else>${w.fig(m.timescales.pastEnd)} actions past their end date new ones, or mark them</#if> complete<#if m.timescales.ended?has_content>: in <#if m.timescales.ended?size == m.timescales.plans>every plan<#else>${w.count(m.timescales.ended?size, "plan", "plans")}</#if>, every dated action was due to end before this quarter</#if>.</li></#if>
<#if l.signOffAsked gt l.signedOff><li>Complete sign-off by the Chief Executive, the Leader or elected Mayor and the BCU Commander (${w.count(l.signOffAsked - l.signedOff, "plan is", "plans are")} not fully signed off).</li></#if>
<#if l.policeHeavy?has_content><li>Where a plan rests on the police, ask the partners who have a part to play to own actions.</li></#if>
<#if links.helped gt 0><li>Take up the offers of linking up in each partnership’s feedback; ${m.convener} will put you in touch.</li></#if>
</ul>
<h2 class="front-heading" id="since-last-quarter"><#if m.movement??>Since last quarter<#else>First review: this is the baseline</#if></h2>
<#if m.movement??>
<#assign mv = m.movement>
<#assign moved = []><#if mv.turnedGreen gt 0><#assign moved = moved + [w.figures(mv.turnedGreen, "action", "actions") + " turned green"]></#if><#if mv.completed gt 0><#assign moved = moved + [w.figures(mv.completed, "action was", "actions were") + " completed"]></#if><#if mv.turnedRed gt 0><#assign moved = moved + [w.figures(mv.turnedRed, "action", "actions") + " turned red"]></#if><#if mv.added gt 0><#assign moved = moved + [w.figures(mv.added, "action was", "actions were") + " added"]></#if><#if mv.dropped gt 0><#assign moved = moved + [w.figures(mv.dropped, "action was", "actions were") + " dropped"]></#if>
<#assign scores = []><#if mv.rose?has_content><#assign scores = scores + ["rose in " + w.count(mv.rose?size, "plan", "plans")]></#if><#if mv.fell?has_content><#assign scores = scores + ["fell in " + w.count(mv.fell?size, "plan", "plans")]></#if><#if mv.same gt 0><#assign scores = scores + ["stayed the same in " + w.count(mv.same, "plan", "plans")]></#if>
<p>${w.Part(mv.compared, l.plans, "plan was", "plans were")} also reviewed in ${mv.previousQuarter}. <#if moved?has_content>Since then ${w.list(moved)}.<#else>None of their actions changed its RAG rating, and none was added or dropped.</#if> Overall scores ${w.list(scores)}.</p>
<#else>
<p>No plan was reviewed last quarter, so this quarter’s figures are the baseline: the next review will say how each plan has moved since.</p>
</#if>
