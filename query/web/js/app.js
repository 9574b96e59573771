// app.js: the page of `lexquery serve`. Each view is a module that
// registers itself with the router; the URL says which one shows.
import { render } from './router.js';
import './search_view.js';
import './document_view.js';
import './coverage_view.js';
import './graph_view.js';
import { showSession } from './session.js';

render();
showSession();
