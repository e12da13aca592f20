<#import "/words.ftl" as w>
<p>${w.Part(m.yes, m.of, "authority", "authorities")} that responded said they had specific engagement with community and voluntary sector agencies on this agenda.<#if m.not?has_content> ${w.list(m.not)} did not say so.</#if></p>
