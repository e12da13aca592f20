<#import "/layout.ftl" as layout>
<@layout.document doc/>
