<#import "/words.ftl" as w>
<p class="lead"><#if m.responders == m.total>London Councils received responses from all 32 London boroughs and the City of London<#else>London Councils received responses from ${w.n(m.responders)} of the ${w.n(m.total)} London authorities (the 32 boroughs and the City of London)</#if><#if m.when?has_content>, in ${m.when}</#if>.<#if m.nonResponders?has_content> No response was received from ${w.list(m.nonResponders)}.</#if><#if m.answeredTwice?has_content> ${w.list(m.answeredTwice)} answered twice; the later response stands.</#if></p>
<#if m.stale>
<div class="box">
<p><span class="key-figure">These answers date from ${m.when}.</span> They describe borough activity then, ${w.age(m.monthsOld)} before this quarter, and may no longer be the current position. A new stock-take would show where boroughs stand now.</p>
</div>
</#if>
<p>${w.Part(m.corporate.yes, m.corporate.of, "authority", "authorities")} that responded said that either they had a corporate approach to tackling serious youth violence, their approach was incorporated in their wider community safety strategy, or their corporate approach was in development.<#if m.corporate.not?has_content> ${w.list(m.corporate.not)} did not<#if m.notSaying?has_content>, though <#if m.corporate.not?size gt 1>each<#else>it</#if> said: <@w.quote m.notSaying?remove_ending(".")/></#if>.</#if></p>
<p>${w.Part(m.knifePlan.yes, m.knifePlan.of, "authority", "authorities")} that responded said that they had a specific knife crime action plan.</p>
<p>This note summarises the key themes and trends in the responses. A few answers to each question are quoted in Appendix A, and the supporting documents listed in Appendix B.</p>
