<p>${prose.capitalise(prose.count(m.count, "authority", "authorities"))} mentioned ${m.description?uncap_first}: ${prose.list(m.authorities)}.</p>
