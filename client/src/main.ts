import { mount } from 'svelte';
import App from './App.svelte';
import './styles/dsfr.css';
import './styles/icons.css';
import './styles/neutral.css';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Élément #app absent de index.html');

export default mount(App, { target });
