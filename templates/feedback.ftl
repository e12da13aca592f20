<#-- One plan's feedback to its CSP board. Its sections, and their order, come from the FeedbackSection beans. -->
<#import "layout.ftl" as layout>
<@layout.document doc/>
