<p>The review reads every action of every plan, checks what each action carries, and scores each plan from 0 to 100. The weights below are those in force for this run (planreview.scoring in application.yml); reviewers may change them, and the next run prints the new ones here.</p>
<h3 id="method-completeness">Completeness</h3>
<p>Each action earns the weights of what it carries, out of the total of ${m.fieldTotal}. A cell that only says “TBC”, “N/A”, “none” or a dash counts as empty. A lead organisation may be named in its own column or in the lead cell. A plan’s completeness is the average over its actions; a theme’s is the average over the plan’s actions in that theme.</p>
<table class="compact">
<caption>Weights of what every action should carry</caption>
<thead><tr><th scope="col">What the action carries</th><th scope="col" class="number">Weight</th></tr></thead>
<tbody>
<#list m.fields as f><tr><th scope="row">${f.name}</th><td class="number">${f.weight}</td></tr></#list>
</tbody>
</table>
<h3 id="method-mandatory">Mandatory coverage</h3>
<p>Each mandatory action of the plan’s template counts fully when it is in the plan and its completeness reaches ${m.filledThreshold}; half when it is in the plan but below that (left as the template wrote it); nothing when it is missing. A mandatory action is found by its reference, or by its wording where the council renumbered it. Coverage is the share earned, out of 100.</p>
<h3 id="method-breadth">Partnership breadth</h3>
<p>Each action’s lead and lead organisation are matched to kinds of partner (partner-categories.csv). Breadth combines how many kinds of partner lead actions (full marks at ${m.targetCategories}), with weight ${m.countWeight}, and how evenly they share the actions (Shannon evenness: 1 when equal, 0 when one partner leads everything), with weight ${m.evennessWeight}. An action led jointly counts equally for each partner. Police share is the share of actions whose only lead is the police.</p>
<h3 id="method-overall">Sign-off and overall score</h3>
<p>Sign-off scores 100 when the Chief Executive, the Leader or elected Mayor and the BCU Commander have each given a name and a signature, 50 when some have, and 0 when none has. The overall score is the weighted average of the scores below; a 2017 plan, whose template asked for no sign-off, is scored on the other three. Every score is rounded to one decimal place, as scores.csv shows it, before it is combined or ranked; equal scores share a rank.</p>
<table class="compact">
<caption>Weights of the scores in the overall score</caption>
<thead><tr><th scope="col">Score</th><th scope="col" class="number">Weight</th></tr></thead>
<tbody>
<#list m.overall as f><tr><th scope="row">${f.name}</th><td class="number">${f.weight}</td></tr></#list>
</tbody>
</table>
<h3 id="method-london">London figures</h3>
<p>Medians and quartiles are taken across the plans reviewed, by the method of Excel’s MEDIAN and QUARTILE.INC, and rounded as the scores are; “the middle half of plans” runs from the lower to the upper quartile. The review calls the overall standard of the plans good when the median plan’s completeness is ${m.good} or more, mixed from ${m.mixed} to below ${m.good}, and weak below ${m.mixed}. RAG ratings are read from the words in the cell or, failing that, its fill colour; blue and “complete” both count as complete. Percentages are rounded to whole numbers and always shown with the counts they come from.</p>
