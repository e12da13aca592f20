<#-- The London Councils stock-take note. Its sections come from StocktakeReport. -->
<#import "layout.ftl" as layout>
<@layout.document doc/>
