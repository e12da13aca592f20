<p class="lead"><#if m.responders == m.total>London Councils received responses from all 32 London boroughs and the City of London.<#else>London Councils received responses from ${prose.count(m.responders)} of the ${prose.count(m.total)} London authorities (the 32 boroughs and the City of London).</#if></p>
<#if m.nonResponders?has_content>
<p>No response was received from ${prose.list(m.nonResponders)}.</p>
</#if>
<#if m.answeredTwice?has_content>
<p>${prose.list(m.answeredTwice)} answered twice; the later response stands.</p>
</#if>
<p>${prose.capitalise(m.corporate.proportion)} that responded said that either they had a corporate approach to tackling serious youth violence, their approach was incorporated in their wider community safety strategy, or their corporate approach was in development.<#if m.corporate.not?has_content> ${prose.list(m.corporate.not)} did not.</#if></p>
<p>${prose.capitalise(prose.count(m.knifePlan.yes, "authority", "authorities"))} said that they had a specific knife crime action plan.</p>
<p>This note summarises the key themes and trends in the responses. The answers themselves are quoted in Appendix A, and the supporting documents listed in Appendix B.</p>
