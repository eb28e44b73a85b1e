MERGE (a:Article {id: $article.id})
SET a.url = $article.url,
    a.title = $article.title,
    a.subtitle = $article.subtitle,
    a.publishedAt = $article.publishedAt,
    a.text = $article.text,
    a.contentHash = $article.contentHash,
    a.editorNotes = $article.editorNotes,
    a.ingestedAt = coalesce(a.ingestedAt, datetime())
