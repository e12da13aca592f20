<#import "/words.ftl" as w>
<#import "/feedback/improvement.ftl" as imp>
<#assign s = m.standing>
<h2 class="front-heading" id="verdict">The panel’s verdict</h2>
<p class="verdict"><#switch m.verdict><#case "strong">A strong plan.<#break><#case "sound">A sound plan with gaps to close.<#break><#default>A plan that needs work before the board can rely on it.</#switch></p>
<p>Its overall score of ${m.overall} is ${w.band(s.band)} (the London median is ${m.londonMedian}).<#if s.policeHeavy> More than ${w.fraction(settings.policeHeavyShare)} of its actions are led by the police alone.</#if><#if s.needsRefresh()> It is not a current plan: <@imp.why m.refresh/>.</#if> The plan has ${w.figures(m.actions, "action", "actions")}, on the ${m.template} template.</p>
<#if m.asks?has_content>
<h2 class="front-heading" id="asks">What we ask of the board</h2>
<ol class="asks">
<#list m.asks as i><li><@imp.ask i m.refresh/></li></#list>
</ol>
<#if m.moreAsks gt 0><p class="note">“What to improve” names the actions concerned, and ${w.count(m.moreAsks, "more thing", "more things")} to put right.</p></#if>
<#else>
<p>The review panel found nothing the plan lacks: every action carries what it should, every mandatory action is in place, and the plan is signed off.</p>
</#if>
<div class="box">
<p><span class="key-figure">A revised plan is due by ${m.due}.</span> Questions about this feedback, and requests to be put in touch with the partnerships named in it, go to ${m.contact}.</p>
</div>
<h2 class="front-heading" id="since-last-quarter"><#if m.movement??>Since last quarter<#else>First review: this is the baseline</#if></h2>
<#if m.movement??>
<#assign mv = m.movement>
<p>Since the plan was reviewed for ${mv.previousQuarter}, its overall score has <#if mv.change?number gt 0>risen from ${mv.then} to ${mv.now}<#elseif mv.change?number lt 0>fallen from ${mv.then} to ${mv.now}<#else>stayed at ${mv.now}</#if>. <#assign moved = []><#if mv.turnedGreen gt 0><#assign moved = moved + [w.count(mv.turnedGreen, "action", "actions") + " turned green"]></#if><#if mv.completed gt 0><#assign moved = moved + [w.count(mv.completed, "action was", "actions were") + " completed"]></#if><#if mv.turnedRed gt 0><#assign moved = moved + [w.count(mv.turnedRed, "action", "actions") + " turned red"]></#if><#if mv.added gt 0><#assign moved = moved + [w.count(mv.added, "action was", "actions were") + " added"]></#if><#if mv.dropped gt 0><#assign moved = moved + [w.count(mv.dropped, "action was", "actions were") + " dropped"]></#if><#if moved?has_content>${w.cap(w.list(moved))}.<#else>No action changed its RAG rating, and none was added or dropped.</#if></p>
<#elseif m.londonReviewedBefore>
<p>The plan was not reviewed last quarter, so this review is its baseline: the next review will say how it has moved since.</p>
<#else>
<p>No plan was reviewed last quarter, so this review is the baseline: the next review will say how the plan has moved since.</p>
</#if>
