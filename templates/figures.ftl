<#import "/layout.ftl" as l>
<p>The numbers behind each chart in this document, as a table, in the order the charts appear.</p>
<#list m as c>
<@l.dataTable t=c.table id="table-" + c.id/>
</#list>
