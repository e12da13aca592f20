/*
 * actions.html: reads the actions from the page's own JSON, and shows those that match the filter, a page
 * of rows at a time. Text goes into the page as text (textContent), never as markup. Nothing is fetched.
 *
 * The data: quarters [[quarter, period]], newest first; plans [[quarter, authorities, plan id, feedback or
 * null]]; strings [...]; actions [[plan, ref, theme, type, lead organisations, rag, text]], where theme,
 * type, lead organisations and rag are numbers in strings.
 */
(function () {
	'use strict';
	var PAGE = 100;
	var RAG_LABEL = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete', none: 'Not rated' };
	var RAG_ORDER = { red: 0, amber: 1, green: 2, complete: 3, none: 4 };
	var TYPE_LABEL = { mandatory: 'Mandatory', optional: 'Optional', developing: 'Developing', local: 'Local' };

	var data = JSON.parse(document.getElementById('actions-data').textContent);
	var quarters = data.quarters, plans = data.plans, strings = data.strings, actions = data.actions;
	var filterBox = document.getElementById('filter');
	var selects = {
		quarter: document.getElementById('quarter'), rag: document.getElementById('rag'),
		type: document.getElementById('type'), theme: document.getElementById('theme')
	};
	var count = document.getElementById('count');
	var body = document.querySelector('#actions tbody');
	var more = document.getElementById('more');
	var figures = new Intl.NumberFormat('en-GB');

	function label(map, key) { return map[key] || key; }

	// What a row is searched by: every column, in lower case.
	var haystack = new Array(actions.length);
	for (var i = 0; i < actions.length; i++) {
		var a = actions[i], p = plans[a[0]];
		haystack[i] = [p[1], p[2], quarters[p[0]][0], a[1], strings[a[2]], label(TYPE_LABEL, strings[a[3]]),
			strings[a[4]], label(RAG_LABEL, strings[a[5]]), a[6]].join('\u0001').toLowerCase();
	}

	// Sort keys, made once per column when it is first sorted by; numbers in references sort as numbers.
	function padNumbers(text) { return text.toLowerCase().replace(/\d+/g, function (d) { return ('0000000000' + d).slice(-10); }); }
	var KEYS = {
		authority: function (a) { return plans[a[0]][1].toLowerCase(); },
		quarter: function (a) { return ('000' + plans[a[0]][0]).slice(-4); },
		ref: function (a) { return padNumbers(a[1]); },
		theme: function (a) { return strings[a[2]].toLowerCase(); },
		type: function (a) { return strings[a[3]]; },
		lead: function (a) { return strings[a[4]].toLowerCase(); },
		rag: function (a) { return String(RAG_ORDER[strings[a[5]]]); },
		text: function (a) { return a[6].toLowerCase(); }
	};
	var keys = {};
	function sorted(column, descending) {
		var key = keys[column];
		if (!key) {
			key = keys[column] = new Array(actions.length);
			for (var i = 0; i < actions.length; i++) { key[i] = KEYS[column](actions[i]); }
		}
		var order = natural.slice();
		order.sort(function (x, y) {
			var c = key[x] < key[y] ? -1 : key[x] > key[y] ? 1 : 0;
			return (descending ? -c : c) || x - y;
		});
		return order;
	}

	// The order before any sort: newest quarter first, then authority, then each plan's own order.
	var natural = [];
	for (var n = 0; n < actions.length; n++) { natural.push(n); }
	var byAuthority = KEYS.authority;
	natural.sort(function (x, y) {
		var qx = plans[actions[x][0]][0], qy = plans[actions[y][0]][0];
		if (qx !== qy) { return qx - qy; }
		var ax = byAuthority(actions[x]), ay = byAuthority(actions[y]);
		return ax < ay ? -1 : ax > ay ? 1 : x - y;
	});

	// The choices of each list, from the data.
	function fill(select, values, text) {
		values.forEach(function (v) {
			var option = document.createElement('option');
			option.value = v;
			option.textContent = text(v);
			select.appendChild(option);
		});
	}
	var used = { rag: {}, type: {}, theme: {} };
	actions.forEach(function (a) { used.theme[strings[a[2]]] = 1; used.type[strings[a[3]]] = 1; used.rag[strings[a[5]]] = 1; });
	fill(selects.quarter, quarters.map(function (q, i) { return String(i); }), function (i) { return quarters[i][0]; });
	fill(selects.rag, Object.keys(RAG_ORDER).filter(function (r) { return used.rag[r]; }), function (r) { return RAG_LABEL[r]; });
	fill(selects.type, Object.keys(TYPE_LABEL).filter(function (t) { return used.type[t]; }), function (t) { return TYPE_LABEL[t]; });
	fill(selects.theme, Object.keys(used.theme).sort(), function (t) { return t; });

	var order = natural, matches = natural, shown = 0, last = null;

	function filter() {
		var typed = filterBox.value.toLowerCase().trim();
		var terms = typed.split(/\s+/).filter(Boolean);
		var q = selects.quarter.value, rag = selects.rag.value, type = selects.type.value, theme = selects.theme.value;
		var choices = [q, rag, type, theme].join('\u0001');
		// Typing on narrows what is shown already: only those rows need looking at again.
		var from = last && last.choices === choices && last.order === order && typed.indexOf(last.typed) === 0
			? matches : order;
		var found = [];
		for (var i = 0; i < from.length; i++) {
			var index = from[i], a = actions[index];
			if (q && String(plans[a[0]][0]) !== q) { continue; }
			if (rag && strings[a[5]] !== rag) { continue; }
			if (type && strings[a[3]] !== type) { continue; }
			if (theme && strings[a[2]] !== theme) { continue; }
			var text = haystack[index], all = true;
			for (var t = 0; t < terms.length && all; t++) { all = text.indexOf(terms[t]) >= 0; }
			if (all) { found.push(index); }
		}
		matches = found;
		last = { typed: typed, choices: choices, order: order };
		shown = 0;
		body.textContent = '';
		show();
	}

	function cell(row, text, className) {
		var td = document.createElement('td');
		td.textContent = text;
		if (className) { td.className = className; }
		row.appendChild(td);
		return td;
	}

	function show() {
		var rows = document.createDocumentFragment();
		var end = Math.min(matches.length, shown + PAGE);
		for (var i = shown; i < end; i++) {
			var a = actions[matches[i]], p = plans[a[0]];
			var tr = document.createElement('tr');
			var who = document.createElement('td');
			who.className = 'authority';
			if (p[3]) {
				var link = document.createElement('a');
				link.href = p[3];
				link.textContent = p[1];
				who.appendChild(link);
			}
			else {
				who.textContent = p[1];
			}
			tr.appendChild(who);
			cell(tr, quarters[p[0]][0], 'quarter');
			cell(tr, a[1], 'ref');
			cell(tr, strings[a[2]]);
			cell(tr, label(TYPE_LABEL, strings[a[3]]));
			cell(tr, strings[a[4]]);
			var rag = document.createElement('span');
			rag.className = 'rag rag-' + strings[a[5]];
			rag.textContent = label(RAG_LABEL, strings[a[5]]);
			cell(tr, '').appendChild(rag);
			cell(tr, a[6], 'text');
			rows.appendChild(tr);
		}
		body.appendChild(rows);
		shown = end;
		count.textContent = matches.length === actions.length
			? 'Showing ' + figures.format(shown) + ' of all ' + figures.format(actions.length) + ' actions'
			: 'Showing ' + figures.format(shown) + ' of ' + figures.format(matches.length) + ' matching actions ('
				+ figures.format(actions.length) + ' in all)';
		more.hidden = shown >= matches.length;
		more.textContent = 'Show ' + figures.format(Math.min(PAGE, matches.length - shown)) + ' more';
	}

	document.querySelectorAll('#actions th button').forEach(function (button) {
		button.addEventListener('click', function () {
			var th = button.parentNode;
			var descending = th.getAttribute('aria-sort') === 'ascending';
			document.querySelectorAll('#actions th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
			th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
			order = sorted(button.getAttribute('data-column'), descending);
			filter();
		});
	});
	filterBox.addEventListener('input', filter);
	Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', filter); });
	more.addEventListener('click', show);
	document.getElementById('controls').addEventListener('submit', function (e) { e.preventDefault(); });

	// A link may say what to look for: actions.html#filter=Camden%20youth
	function fromAddress() {
		var match = /^#filter=(.*)$/.exec(location.hash);
		if (match) { filterBox.value = decodeURIComponent(match[1]); }
	}
	window.addEventListener('hashchange', function () { fromAddress(); filter(); });
	fromAddress();
	filter();
	if (window.performance && performance.mark) { performance.mark('actions-shown'); }
}());
