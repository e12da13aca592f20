<#import "/words.ftl" as w>
<p>${w.sentence(m.description)} ${w.Count(m.authorities?size, "authority", "authorities")} mentioned this: ${w.list(m.authorities)}.</p>
