<#-- The London-wide review. Its sections, and their order, come from the ReviewSection beans. -->
<#import "layout.ftl" as layout>
<@layout.document doc/>
