// How many items the review queue holds for the reasons asked (the placeholder is review/items.cypher).
{ITEMS}
RETURN count(*) AS total
