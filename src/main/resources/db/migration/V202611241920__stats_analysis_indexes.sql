-- The dashboards' one question to the accepted values: the members' values of some crime areas, indicators and
-- parts over a span of years, summed per period. With the year in the key and the period and value carried in the
-- index, it is answered from the index alone (no visit to the table's pages), which at five million values is the
-- difference between reading a few thousand index pages and tens of thousands of table pages.
create index stats_fact_cells on stats_fact (crime_area, indicator, disaggregation, member, year)
    include (period, value);
