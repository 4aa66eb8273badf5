<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>tideline-cli: %n record(s) written to “%1”
</source>
        <translation>
            <numerusform>tideline-cli: %n record written to “%1”
</numerusform>
            <numerusform>tideline-cli: %n records written to “%1”
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n record(s) match the filter.</source>
        <translation>
            <numerusform>%n record match the filter.</numerusform>
            <numerusform>%n records match the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to “%1”.</source>
        <translation>
            <numerusform>%n record written to “%1”.</numerusform>
            <numerusform>%n records written to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewLinesBadge</name>
    <message numerus="yes">
        <source>%Ln new line(s) ↓</source>
        <translation>
            <numerusform>%Ln new line ↓</numerusform>
            <numerusform>%Ln new lines ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) without a time, not in the chart</source>
        <translation>
            <numerusform>%Ln record without a time, not in the chart</numerusform>
            <numerusform>%Ln records without a time, not in the chart</numerusform>
        </translation>
    </message>
</context>
</TS>
