/*! nuisance-calls-card, built from frontend/ (npm ci && npm run build); do not edit. Lit: BSD-3-Clause; MDI icons: Apache-2.0. */
var w5=Object.defineProperty;var P5=Object.getOwnPropertyDescriptor;var l=(M,H,C,V)=>{for(var L=V>1?void 0:V?P5(H,C):H,r=M.length-1,e;r>=0;r--)(e=M[r])&&(L=(V?e(H,C,L):e(L))||L);return V&&L&&w5(H,C,L),L};var i2="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z";var o2="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M12 20C7.59 20 4 16.41 4 12S7.59 4 12 4 20 7.59 20 12 16.41 20 12 20M16.59 7.58L10 14.17L7.41 11.59L6 13L10 17L18 9L16.59 7.58Z";var a2="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z";var r1="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var A2="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var _1="M18,15H16V17H18M18,11H16V13H18M20,19H12V17H14V15H12V13H14V11H12V9H20M10,7H8V5H10M10,11H8V9H10M10,15H8V13H10M10,19H8V17H10M6,7H4V5H6M6,11H4V9H6M6,15H4V13H6M6,19H4V17H6M12,7V3H2V21H22V7H12Z";var v1="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z";var d2="M14.4,6L14,4H5V21H7V14H12.6L13,16H20V6H14.4Z";var x1="M12.36,6L12.76,8H18V14H14.64L14.24,12H7V6H12.36M14,4H5V21H7V14H12.6L13,16H20V6H14.4";var p2="M13 16L12.6 14H7V21H5V4H14L14.4 6H20V13.09C19.67 13.04 19.34 13 19 13C18.66 13 18.33 13.04 18 13.09V8H12.76L12.36 6H7V12H14.24L14.64 14H15.69C14.92 14.5 14.27 15.2 13.81 16H13M21.12 15.46L19 17.59L16.88 15.46L15.47 16.88L17.59 19L15.47 21.12L16.88 22.54L19 20.41L21.12 22.54L22.54 21.12L20.41 19L22.54 16.88L21.12 15.46Z";var n2="M17.06 13C15.2 13 13.64 14.33 13.24 16.1C12.29 15.69 11.42 15.8 10.76 16.09C10.35 14.31 8.79 13 6.94 13C4.77 13 3 14.79 3 17C3 19.21 4.77 21 6.94 21C9 21 10.68 19.38 10.84 17.32C11.18 17.08 12.07 16.63 13.16 17.34C13.34 19.39 15 21 17.06 21C19.23 21 21 19.21 21 17C21 14.79 19.23 13 17.06 13M6.94 19.86C5.38 19.86 4.13 18.58 4.13 17S5.39 14.14 6.94 14.14C8.5 14.14 9.75 15.42 9.75 17S8.5 19.86 6.94 19.86M17.06 19.86C15.5 19.86 14.25 18.58 14.25 17S15.5 14.14 17.06 14.14C18.62 14.14 19.88 15.42 19.88 17S18.61 19.86 17.06 19.86M22 10.5H2V12H22V10.5M15.53 2.63C15.31 2.14 14.75 1.88 14.22 2.05L12 2.79L9.77 2.05L9.72 2.04C9.19 1.89 8.63 2.17 8.43 2.68L6 9H18L15.56 2.68L15.53 2.63Z";var m2="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var l2="M6.62 10.79C8.06 13.62 10.38 15.94 13.21 17.38L15.41 15.18C15.69 14.9 16.08 14.82 16.43 14.93C17.55 15.3 18.75 15.5 20 15.5C20.55 15.5 21 15.95 21 16.5V20C21 20.55 20.55 21 20 21C10.61 21 3 13.39 3 4C3 3.45 3.45 3 4 3H7.5C8.05 3 8.5 3.45 8.5 4C8.5 5.25 8.7 6.45 9.07 7.57C9.18 7.92 9.1 8.31 8.82 8.59L6.62 10.79M16.5 2C14 2 12 4 12 6.5S14 11 16.5 11 21 9 21 6.5 19 2 16.5 2M16.5 9.5C14.84 9.5 13.5 8.16 13.5 6.5C13.5 5.94 13.65 5.42 13.92 5L18 9.08C17.58 9.35 17.06 9.5 16.5 9.5M19.08 8L15 3.92C15.42 3.65 15.94 3.5 16.5 3.5C18.16 3.5 19.5 4.84 19.5 6.5C19.5 7.06 19.35 7.58 19.08 8Z";var v2="M6.62 10.79A15.1 15.1 0 0 0 13.21 17.38L15.41 15.18A1 1 0 0 1 16.41 14.93A11.36 11.36 0 0 0 20 15.5A1 1 0 0 1 21 16.5V20A1 1 0 0 1 20 21A17 17 0 0 1 3 4A1 1 0 0 1 4 3H7.5A1 1 0 0 1 8.5 4A11.36 11.36 0 0 0 9.07 7.57A1 1 0 0 1 8.82 8.57M21.71 4.71L20.29 3.29L15 8.59L12.71 6.29L11.29 7.71L15 11.41Z";var x2="M12,9C10.4,9 8.85,9.25 7.4,9.72V12.82C7.4,13.22 7.17,13.56 6.84,13.72C5.86,14.21 4.97,14.84 4.17,15.57C4,15.75 3.75,15.86 3.5,15.86C3.2,15.86 2.95,15.74 2.77,15.56L0.29,13.08C0.11,12.9 0,12.65 0,12.38C0,12.1 0.11,11.85 0.29,11.67C3.34,8.77 7.46,7 12,7C16.54,7 20.66,8.77 23.71,11.67C23.89,11.85 24,12.1 24,12.38C24,12.65 23.89,12.9 23.71,13.08L21.23,15.56C21.05,15.74 20.8,15.86 20.5,15.86C20.25,15.86 20,15.75 19.82,15.57C19.03,14.84 18.14,14.21 17.16,13.72C16.83,13.56 16.6,13.22 16.6,12.82V9.72C15.15,9.25 13.6,9 12,9Z";var s2="M4,3A1,1 0 0,0 3,4A17,17 0 0,0 20,21A1,1 0 0,0 21,20V16.5A1,1 0 0,0 20,15.5C18.75,15.5 17.55,15.3 16.43,14.93C16.08,14.82 15.69,14.9 15.41,15.17L13.21,17.37C10.38,15.93 8.06,13.62 6.62,10.78L8.82,8.57C9.1,8.31 9.18,7.92 9.07,7.57C8.7,6.45 8.5,5.25 8.5,4A1,1 0 0,0 7.5,3H4M19,11V9.5H15.5L21,4L20,3L14.5,8.5V5H13V11H19Z";var Z2="M23.71,16.67C20.66,13.77 16.54,12 12,12C7.46,12 3.34,13.77 0.29,16.67C0.11,16.85 0,17.1 0,17.38C0,17.65 0.11,17.9 0.29,18.08L2.77,20.56C2.95,20.74 3.2,20.86 3.5,20.86C3.75,20.86 4,20.75 4.18,20.57C4.97,19.83 5.86,19.21 6.84,18.72C7.17,18.56 7.4,18.22 7.4,17.82V14.72C8.85,14.25 10.39,14 12,14C13.6,14 15.15,14.25 16.6,14.72V17.82C16.6,18.22 16.83,18.56 17.16,18.72C18.14,19.21 19.03,19.83 19.82,20.57C20,20.75 20.25,20.86 20.5,20.86C20.8,20.86 21.05,20.74 21.23,20.56L23.71,18.08C23.89,17.9 24,17.65 24,17.38C24,17.1 23.89,16.85 23.71,16.67M6.5,5.5L12,11L19,4L18,3L12,9L7.5,4.5H11V3H5V9H6.5V5.5Z";var u2="M20,15.5C18.8,15.5 17.5,15.3 16.4,14.9C16.3,14.9 16.2,14.9 16.1,14.9C15.8,14.9 15.6,15 15.4,15.2L13.2,17.4C10.4,15.9 8,13.6 6.6,10.8L8.8,8.6C9.1,8.3 9.2,7.9 9,7.6C8.7,6.5 8.5,5.2 8.5,4C8.5,3.5 8,3 7.5,3H4C3.5,3 3,3.5 3,4C3,13.4 10.6,21 20,21C20.5,21 21,20.5 21,20V16.5C21,16 20.5,15.5 20,15.5M5,5H6.5C6.6,5.9 6.8,6.8 7,7.6L5.8,8.8C5.4,7.6 5.1,6.3 5,5M19,19C17.7,18.9 16.4,18.6 15.2,18.2L16.4,17C17.2,17.2 18.1,17.4 19,17.4V19Z";var c2="M13,3A9,9 0 0,0 4,12H1L4.89,15.89L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3Z";var N1="M19 17H22L18 21L14 17H17V3H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var W1="M19 7H22L18 3L14 7H17V21H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var s1=globalThis,Z1=s1.ShadowRoot&&(s1.ShadyCSS===void 0||s1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,I1=Symbol(),S2=new WeakMap,e1=class{constructor(H,C,V){if(this._$cssResult$=!0,V!==I1)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=H,this.t=C}get styleSheet(){let H=this.o,C=this.t;if(Z1&&H===void 0){let V=C!==void 0&&C.length===1;V&&(H=S2.get(C)),H===void 0&&((this.o=H=new CSSStyleSheet).replaceSync(this.cssText),V&&S2.set(C,H))}return H}toString(){return this.cssText}},h2=M=>new e1(typeof M=="string"?M:M+"",void 0,I1),h=(M,...H)=>{let C=M.length===1?M[0]:H.reduce((V,L,r)=>V+(e=>{if(e._$cssResult$===!0)return e.cssText;if(typeof e=="number")return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(L)+M[r+1],M[0]);return new e1(C,M,I1)},g2=(M,H)=>{if(Z1)M.adoptedStyleSheets=H.map(C=>C instanceof CSSStyleSheet?C:C.styleSheet);else for(let C of H){let V=document.createElement("style"),L=s1.litNonce;L!==void 0&&V.setAttribute("nonce",L),V.textContent=C.cssText,M.appendChild(V)}},U1=Z1?M=>M:M=>M instanceof CSSStyleSheet?(H=>{let C="";for(let V of H.cssRules)C+=V.cssText;return h2(C)})(M):M;var{is:B5,defineProperty:T5,getOwnPropertyDescriptor:R5,getOwnPropertyNames:F5,getOwnPropertySymbols:D5,getPrototypeOf:E5}=Object,u1=globalThis,f2=u1.trustedTypes,$5=f2?f2.emptyScript:"",_5=u1.reactiveElementPolyfillSupport,t1=(M,H)=>M,i1={toAttribute(M,H){switch(H){case Boolean:M=M?$5:null;break;case Object:case Array:M=M==null?M:JSON.stringify(M)}return M},fromAttribute(M,H){let C=M;switch(H){case Boolean:C=M!==null;break;case Number:C=M===null?null:Number(M);break;case Object:case Array:try{C=JSON.parse(M)}catch{C=null}}return C}},c1=(M,H)=>!B5(M,H),O2={attribute:!0,type:String,converter:i1,reflect:!1,useDefault:!1,hasChanged:c1};Symbol.metadata??=Symbol("metadata"),u1.litPropertyMetadata??=new WeakMap;var B=class extends HTMLElement{static addInitializer(H){this._$Ei(),(this.l??=[]).push(H)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(H,C=O2){if(C.state&&(C.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(H)&&((C=Object.create(C)).wrapped=!0),this.elementProperties.set(H,C),!C.noAccessor){let V=Symbol(),L=this.getPropertyDescriptor(H,V,C);L!==void 0&&T5(this.prototype,H,L)}}static getPropertyDescriptor(H,C,V){let{get:L,set:r}=R5(this.prototype,H)??{get(){return this[C]},set(e){this[C]=e}};return{get:L,set(e){let o=L?.call(this);r?.call(this,e),this.requestUpdate(H,o,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(H){return this.elementProperties.get(H)??O2}static _$Ei(){if(this.hasOwnProperty(t1("elementProperties")))return;let H=E5(this);H.finalize(),H.l!==void 0&&(this.l=[...H.l]),this.elementProperties=new Map(H.elementProperties)}static finalize(){if(this.hasOwnProperty(t1("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(t1("properties"))){let C=this.properties,V=[...F5(C),...D5(C)];for(let L of V)this.createProperty(L,C[L])}let H=this[Symbol.metadata];if(H!==null){let C=litPropertyMetadata.get(H);if(C!==void 0)for(let[V,L]of C)this.elementProperties.set(V,L)}this._$Eh=new Map;for(let[C,V]of this.elementProperties){let L=this._$Eu(C,V);L!==void 0&&this._$Eh.set(L,C)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(H){let C=[];if(Array.isArray(H)){let V=new Set(H.flat(1/0).reverse());for(let L of V)C.unshift(U1(L))}else H!==void 0&&C.push(U1(H));return C}static _$Eu(H,C){let V=C.attribute;return V===!1?void 0:typeof V=="string"?V:typeof H=="string"?H.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(H=>this.enableUpdating=H),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(H=>H(this))}addController(H){(this._$EO??=new Set).add(H),this.renderRoot!==void 0&&this.isConnected&&H.hostConnected?.()}removeController(H){this._$EO?.delete(H)}_$E_(){let H=new Map,C=this.constructor.elementProperties;for(let V of C.keys())this.hasOwnProperty(V)&&(H.set(V,this[V]),delete this[V]);H.size>0&&(this._$Ep=H)}createRenderRoot(){let H=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return g2(H,this.constructor.elementStyles),H}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(H=>H.hostConnected?.())}enableUpdating(H){}disconnectedCallback(){this._$EO?.forEach(H=>H.hostDisconnected?.())}attributeChangedCallback(H,C,V){this._$AK(H,V)}_$ET(H,C){let V=this.constructor.elementProperties.get(H),L=this.constructor._$Eu(H,V);if(L!==void 0&&V.reflect===!0){let r=(V.converter?.toAttribute!==void 0?V.converter:i1).toAttribute(C,V.type);this._$Em=H,r==null?this.removeAttribute(L):this.setAttribute(L,r),this._$Em=null}}_$AK(H,C){let V=this.constructor,L=V._$Eh.get(H);if(L!==void 0&&this._$Em!==L){let r=V.getPropertyOptions(L),e=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:i1;this._$Em=L;let o=e.fromAttribute(C,r.type);this[L]=o??this._$Ej?.get(L)??o,this._$Em=null}}requestUpdate(H,C,V,L=!1,r){if(H!==void 0){let e=this.constructor;if(L===!1&&(r=this[H]),V??=e.getPropertyOptions(H),!((V.hasChanged??c1)(r,C)||V.useDefault&&V.reflect&&r===this._$Ej?.get(H)&&!this.hasAttribute(e._$Eu(H,V))))return;this.C(H,C,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(H,C,{useDefault:V,reflect:L,wrapped:r},e){V&&!(this._$Ej??=new Map).has(H)&&(this._$Ej.set(H,e??C??this[H]),r!==!0||e!==void 0)||(this._$AL.has(H)||(this.hasUpdated||V||(C=void 0),this._$AL.set(H,C)),L===!0&&this._$Em!==H&&(this._$Eq??=new Set).add(H))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(C){Promise.reject(C)}let H=this.scheduleUpdate();return H!=null&&await H,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[L,r]of this._$Ep)this[L]=r;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[L,r]of V){let{wrapped:e}=r,o=this[L];e!==!0||this._$AL.has(L)||o===void 0||this.C(L,void 0,r,o)}}let H=!1,C=this._$AL;try{H=this.shouldUpdate(C),H?(this.willUpdate(C),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(C)):this._$EM()}catch(V){throw H=!1,this._$EM(),V}H&&this._$AE(C)}willUpdate(H){}_$AE(H){this._$EO?.forEach(C=>C.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(H)),this.updated(H)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(H){return!0}update(H){this._$Eq&&=this._$Eq.forEach(C=>this._$ET(C,this[C])),this._$EM()}updated(H){}firstUpdated(H){}};B.elementStyles=[],B.shadowRootOptions={mode:"open"},B[t1("elementProperties")]=new Map,B[t1("finalized")]=new Map,_5?.({ReactiveElement:B}),(u1.reactiveElementVersions??=[]).push("2.1.2");var G1=globalThis,b2=M=>M,S1=G1.trustedTypes,k2=S1?S1.createPolicy("lit-html",{createHTML:M=>M}):void 0,Q1="$lit$",T=`lit$${Math.random().toFixed(9).slice(2)}$`,K1="?"+T,N5=`<${K1}>`,W=document,a1=()=>W.createComment(""),A1=M=>M===null||typeof M!="object"&&typeof M!="function",q1=Array.isArray,R2=M=>q1(M)||typeof M?.[Symbol.iterator]=="function",z1=`[ 	
\f\r]`,o1=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,y2=/-->/g,w2=/>/g,_=RegExp(`>|${z1}(?:([^\\s"'>=/]+)(${z1}*=${z1}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),P2=/'/g,B2=/"/g,F2=/^(?:script|style|textarea|title)$/i,j1=M=>(H,...C)=>({_$litType$:M,strings:H,values:C}),a=j1(1),D2=j1(2),c3=j1(3),R=Symbol.for("lit-noChange"),m=Symbol.for("lit-nothing"),T2=new WeakMap,N=W.createTreeWalker(W,129);function E2(M,H){if(!q1(M)||!M.hasOwnProperty("raw"))throw Error("invalid template strings array");return k2!==void 0?k2.createHTML(H):H}var $2=(M,H)=>{let C=M.length-1,V=[],L,r=H===2?"<svg>":H===3?"<math>":"",e=o1;for(let o=0;o<C;o++){let t=M[o],A,n,d=-1,p=0;for(;p<t.length&&(e.lastIndex=p,n=e.exec(t),n!==null);)p=e.lastIndex,e===o1?n[1]==="!--"?e=y2:n[1]!==void 0?e=w2:n[2]!==void 0?(F2.test(n[2])&&(L=RegExp("</"+n[2],"g")),e=_):n[3]!==void 0&&(e=_):e===_?n[0]===">"?(e=L??o1,d=-1):n[1]===void 0?d=-2:(d=e.lastIndex-n[2].length,A=n[1],e=n[3]===void 0?_:n[3]==='"'?B2:P2):e===B2||e===P2?e=_:e===y2||e===w2?e=o1:(e=_,L=void 0);let i=e===_&&M[o+1].startsWith("/>")?" ":"";r+=e===o1?t+N5:d>=0?(V.push(A),t.slice(0,d)+Q1+t.slice(d)+T+i):t+T+(d===-2?o:i)}return[E2(M,r+(M[C]||"<?>")+(H===2?"</svg>":H===3?"</math>":"")),V]},d1=class M{constructor({strings:H,_$litType$:C},V){let L;this.parts=[];let r=0,e=0,o=H.length-1,t=this.parts,[A,n]=$2(H,C);if(this.el=M.createElement(A,V),N.currentNode=this.el.content,C===2||C===3){let d=this.el.content.firstChild;d.replaceWith(...d.childNodes)}for(;(L=N.nextNode())!==null&&t.length<o;){if(L.nodeType===1){if(L.hasAttributes())for(let d of L.getAttributeNames())if(d.endsWith(Q1)){let p=n[e++],i=L.getAttribute(d).split(T),x=/([.?@])?(.*)/.exec(p);t.push({type:1,index:r,name:x[2],strings:i,ctor:x[1]==="."?g1:x[1]==="?"?f1:x[1]==="@"?O1:U}),L.removeAttribute(d)}else d.startsWith(T)&&(t.push({type:6,index:r}),L.removeAttribute(d));if(F2.test(L.tagName)){let d=L.textContent.split(T),p=d.length-1;if(p>0){L.textContent=S1?S1.emptyScript:"";for(let i=0;i<p;i++)L.append(d[i],a1()),N.nextNode(),t.push({type:2,index:++r});L.append(d[p],a1())}}}else if(L.nodeType===8)if(L.data===K1)t.push({type:2,index:r});else{let d=-1;for(;(d=L.data.indexOf(T,d+1))!==-1;)t.push({type:7,index:r}),d+=T.length-1}r++}}static createElement(H,C){let V=W.createElement("template");return V.innerHTML=H,V}};function I(M,H,C=M,V){if(H===R)return H;let L=V!==void 0?C._$Co?.[V]:C._$Cl,r=A1(H)?void 0:H._$litDirective$;return L?.constructor!==r&&(L?._$AO?.(!1),r===void 0?L=void 0:(L=new r(M),L._$AT(M,C,V)),V!==void 0?(C._$Co??=[])[V]=L:C._$Cl=L),L!==void 0&&(H=I(M,L._$AS(M,H.values),L,V)),H}var h1=class{constructor(H,C){this._$AV=[],this._$AN=void 0,this._$AD=H,this._$AM=C}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(H){let{el:{content:C},parts:V}=this._$AD,L=(H?.creationScope??W).importNode(C,!0);N.currentNode=L;let r=N.nextNode(),e=0,o=0,t=V[0];for(;t!==void 0;){if(e===t.index){let A;t.type===2?A=new Q(r,r.nextSibling,this,H):t.type===1?A=new t.ctor(r,t.name,t.strings,this,H):t.type===6&&(A=new b1(r,this,H)),this._$AV.push(A),t=V[++o]}e!==t?.index&&(r=N.nextNode(),e++)}return N.currentNode=W,L}p(H){let C=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(H,V,C),C+=V.strings.length-2):V._$AI(H[C])),C++}},Q=class M{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(H,C,V,L){this.type=2,this._$AH=m,this._$AN=void 0,this._$AA=H,this._$AB=C,this._$AM=V,this.options=L,this._$Cv=L?.isConnected??!0}get parentNode(){let H=this._$AA.parentNode,C=this._$AM;return C!==void 0&&H?.nodeType===11&&(H=C.parentNode),H}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(H,C=this){H=I(this,H,C),A1(H)?H===m||H==null||H===""?(this._$AH!==m&&this._$AR(),this._$AH=m):H!==this._$AH&&H!==R&&this._(H):H._$litType$!==void 0?this.$(H):H.nodeType!==void 0?this.T(H):R2(H)?this.k(H):this._(H)}O(H){return this._$AA.parentNode.insertBefore(H,this._$AB)}T(H){this._$AH!==H&&(this._$AR(),this._$AH=this.O(H))}_(H){this._$AH!==m&&A1(this._$AH)?this._$AA.nextSibling.data=H:this.T(W.createTextNode(H)),this._$AH=H}$(H){let{values:C,_$litType$:V}=H,L=typeof V=="number"?this._$AC(H):(V.el===void 0&&(V.el=d1.createElement(E2(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===L)this._$AH.p(C);else{let r=new h1(L,this),e=r.u(this.options);r.p(C),this.T(e),this._$AH=r}}_$AC(H){let C=T2.get(H.strings);return C===void 0&&T2.set(H.strings,C=new d1(H)),C}k(H){q1(this._$AH)||(this._$AH=[],this._$AR());let C=this._$AH,V,L=0;for(let r of H)L===C.length?C.push(V=new M(this.O(a1()),this.O(a1()),this,this.options)):V=C[L],V._$AI(r),L++;L<C.length&&(this._$AR(V&&V._$AB.nextSibling,L),C.length=L)}_$AR(H=this._$AA.nextSibling,C){for(this._$AP?.(!1,!0,C);H!==this._$AB;){let V=b2(H).nextSibling;b2(H).remove(),H=V}}setConnected(H){this._$AM===void 0&&(this._$Cv=H,this._$AP?.(H))}},U=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(H,C,V,L,r){this.type=1,this._$AH=m,this._$AN=void 0,this.element=H,this.name=C,this._$AM=L,this.options=r,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=m}_$AI(H,C=this,V,L){let r=this.strings,e=!1;if(r===void 0)H=I(this,H,C,0),e=!A1(H)||H!==this._$AH&&H!==R,e&&(this._$AH=H);else{let o=H,t,A;for(H=r[0],t=0;t<r.length-1;t++)A=I(this,o[V+t],C,t),A===R&&(A=this._$AH[t]),e||=!A1(A)||A!==this._$AH[t],A===m?H=m:H!==m&&(H+=(A??"")+r[t+1]),this._$AH[t]=A}e&&!L&&this.j(H)}j(H){H===m?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,H??"")}},g1=class extends U{constructor(){super(...arguments),this.type=3}j(H){this.element[this.name]=H===m?void 0:H}},f1=class extends U{constructor(){super(...arguments),this.type=4}j(H){this.element.toggleAttribute(this.name,!!H&&H!==m)}},O1=class extends U{constructor(H,C,V,L,r){super(H,C,V,L,r),this.type=5}_$AI(H,C=this){if((H=I(this,H,C,0)??m)===R)return;let V=this._$AH,L=H===m&&V!==m||H.capture!==V.capture||H.once!==V.once||H.passive!==V.passive,r=H!==m&&(V===m||L);L&&this.element.removeEventListener(this.name,this,V),r&&this.element.addEventListener(this.name,this,H),this._$AH=H}handleEvent(H){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,H):this._$AH.handleEvent(H)}},b1=class{constructor(H,C,V){this.element=H,this.type=6,this._$AN=void 0,this._$AM=C,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(H){I(this,H)}},_2={M:Q1,P:T,A:K1,C:1,L:$2,R:h1,D:R2,V:I,I:Q,H:U,N:f1,U:O1,B:g1,F:b1},W5=G1.litHtmlPolyfillSupport;W5?.(d1,Q),(G1.litHtmlVersions??=[]).push("3.3.3");var N2=(M,H,C)=>{let V=C?.renderBefore??H,L=V._$litPart$;if(L===void 0){let r=C?.renderBefore??null;V._$litPart$=L=new Q(H.insertBefore(a1(),r),r,void 0,C??{})}return L._$AI(M),L};var X1=globalThis,u=class extends B{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let H=super.createRenderRoot();return this.renderOptions.renderBefore??=H.firstChild,H}update(H){let C=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(H),this._$Do=N2(C,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return R}};u._$litElement$=!0,u.finalized=!0,X1.litElementHydrateSupport?.({LitElement:u});var I5=X1.litElementPolyfillSupport;I5?.({LitElement:u});(X1.litElementVersions??=[]).push("4.2.2");var U5={attribute:!0,type:String,converter:i1,reflect:!1,hasChanged:c1},z5=(M=U5,H,C)=>{let{kind:V,metadata:L}=C,r=globalThis.litPropertyMetadata.get(L);if(r===void 0&&globalThis.litPropertyMetadata.set(L,r=new Map),V==="setter"&&((M=Object.create(M)).wrapped=!0),r.set(C.name,M),V==="accessor"){let{name:e}=C;return{set(o){let t=H.get.call(this);H.set.call(this,o),this.requestUpdate(e,t,M,!0,o)},init(o){return o!==void 0&&this.C(e,void 0,M,o),o}}}if(V==="setter"){let{name:e}=C;return function(o){let t=this[e];H.call(this,o),this.requestUpdate(e,t,M,!0,o)}}throw Error("Unsupported decorator location: "+V)};function v(M){return(H,C)=>typeof C=="object"?z5(M,H,C):((V,L,r)=>{let e=L.hasOwnProperty(r);return L.constructor.createProperty(r,V),e?Object.getOwnPropertyDescriptor(L,r):void 0})(M,H,C)}function K(M){return v({...M,state:!0,attribute:!1})}var W2={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},I2=M=>(...H)=>({_$litDirective$:M,values:H}),y1=class{constructor(H){}get _$AU(){return this._$AM._$AU}_$AT(H,C,V){this._$Ct=H,this._$AM=C,this._$Ci=V}_$AS(H,C){return this.update(H,C)}update(H,C){return this.render(...C)}};var{I:G5}=_2,U2=M=>M;var z2=()=>document.createComment(""),q=(M,H,C)=>{let V=M._$AA.parentNode,L=H===void 0?M._$AB:H._$AA;if(C===void 0){let r=V.insertBefore(z2(),L),e=V.insertBefore(z2(),L);C=new G5(r,e,M,M.options)}else{let r=C._$AB.nextSibling,e=C._$AM,o=e!==M;if(o){let t;C._$AQ?.(M),C._$AM=M,C._$AP!==void 0&&(t=M._$AU)!==e._$AU&&C._$AP(t)}if(r!==L||o){let t=C._$AA;for(;t!==r;){let A=U2(t).nextSibling;U2(V).insertBefore(t,L),t=A}}}return C},E=(M,H,C=M)=>(M._$AI(H,C),M),Q5={},G2=(M,H=Q5)=>M._$AH=H,Q2=M=>M._$AH,w1=M=>{M._$AR(),M._$AA.remove()};var K2=(M,H,C)=>{let V=new Map;for(let L=H;L<=C;L++)V.set(M[L],L);return V},p1=I2(class extends y1{constructor(M){if(super(M),M.type!==W2.CHILD)throw Error("repeat() can only be used in text expressions")}dt(M,H,C){let V;C===void 0?C=H:H!==void 0&&(V=H);let L=[],r=[],e=0;for(let o of M)L[e]=V?V(o,e):e,r[e]=C(o,e),e++;return{values:r,keys:L}}render(M,H,C){return this.dt(M,H,C).values}update(M,[H,C,V]){let L=Q2(M),{values:r,keys:e}=this.dt(H,C,V);if(!Array.isArray(L))return this.ut=e,r;let o=this.ut??=[],t=[],A,n,d=0,p=L.length-1,i=0,x=r.length-1;for(;d<=p&&i<=x;)if(L[d]===null)d++;else if(L[p]===null)p--;else if(o[d]===e[i])t[i]=E(L[d],r[i]),d++,i++;else if(o[p]===e[x])t[x]=E(L[p],r[x]),p--,x--;else if(o[d]===e[x])t[x]=E(L[d],r[x]),q(M,t[x+1],L[d]),d++,x--;else if(o[p]===e[i])t[i]=E(L[p],r[i]),q(M,L[d],L[p]),p--,i++;else if(A===void 0&&(A=K2(e,i,x),n=K2(o,d,p)),A.has(o[d]))if(A.has(o[p])){let s=n.get(e[i]),g=s!==void 0?L[s]:null;if(g===null){let y=q(M,L[d]);E(y,r[i]),t[i]=y}else t[i]=E(g,r[i]),q(M,L[d],g),L[s]=null;i++}else w1(L[p]),p--;else w1(L[d]),d++;for(;i<=x;){let s=q(M,t[x+1]);E(s,r[i]),t[i++]=s}for(;d<=p;){let s=L[d++];s!==null&&w1(s)}return this.ut=e,G2(M,t),R}});var f="nuisance_calls";function q2(M,H){let C={type:`${f}/callers`,sort:H.sort,descending:H.descending,limit:H.limit};for(let V of["verdict","tag","line","search","offset"])H[V]&&(C[V]=H[V]);return H.period&&H.period!=="all"&&(C.period=H.period),M.sendMessagePromise(C)}function j2(M,{limit:H,offset:C,search:V}){return M.sendMessagePromise({type:`${f}/labels`,limit:H,...C?{offset:C}:{},...V?{search:V}:{}})}function X2(M,H){let{search:C,offset:V,...L}=H;return M.sendMessagePromise({type:`${f}/group_companies`,...L,...V?{offset:V}:{},...C?{search:C.slice(0,100)}:{}})}function Y2(M,H){return M.sendMessagePromise({type:`${f}/daily`,days:H})}function J2(M,H){return M.sendMessagePromise({type:`${f}/caller`,number:H})}function C5(M,H){return M.sendMessagePromise({type:`${f}/export_calls`,...H?{number:H}:{}})}function H5(M){return M.sendMessagePromise({type:`${f}/tags`})}function V5(M,H){return M.subscribeMessage(H,{type:`${f}/subscribe`},{resubscribe:!1})}function L5(M){return M.loadBackendTranslation("selector",f)}var M5=M=>`component.${f}.selector.tag.options.${M}`;function r5(M,H,{tag:C,label:V}={}){return M.connection.sendMessagePromise({type:`${f}/flag`,number:H,...C?{tag:C}:{},...V?{label:V}:{}})}function e5(M,H){return M.connection.sendMessagePromise({type:`${f}/allow`,number:H})}function t5(M,H){return M.connection.sendMessagePromise({type:`${f}/unflag`,number:H})}function i5(M,H){return M.connection.sendMessagePromise({type:`${f}/reset`,number:H})}function o5(M,H,C="text/csv"){let V=new Blob(["\uFEFF",H],{type:`${C};charset=utf-8`}),L=URL.createObjectURL(V),r=document.createElement("a");r.href=L,r.download=M,document.body.append(r),r.click(),r.remove(),window.setTimeout(()=>URL.revokeObjectURL(L),1e4)}function z(M){return M&&typeof M=="object"&&"message"in M?String(M.message):String(M)}var Y1=M=>M?.code==="unknown_command";var P1=class{constructor(H,C){this.busy=new Set;this.host=H,this.localize=C,H.addController(this)}hostDisconnected(){this.confirmReset=void 0}closePanel(){this.flagging=void 0,this.host.requestUpdate()}handle(H){let C=H.caller.number;switch(H.kind){case"toggle-panel":this.flagging=this.flagging===C?void 0:C;break;case"close-panel":this.flagging=void 0;break;case"flag":{this.flagging=void 0;let{tag:V,label:L}=H;this.run(C,"action.flag",r=>r5(r,C,{tag:V,label:L}));break}case"allow":this.run(C,"action.allow",V=>e5(V,C));break;case"unflag":this.run(C,"action.unflag",V=>t5(V,C));break;case"ask-reset":this.confirmReset=C;break;case"cancel-reset":this.confirmReset=void 0;break;case"open":break;case"reset":this.confirmReset=void 0,this.run(C,"action.reset",V=>i5(V,C));break}this.host.requestUpdate()}async run(H,C,V){let L=this.hass;if(L){this.busy=new Set([...this.busy,H]),this.host.requestUpdate();try{await V(L)}catch(r){let e=this.localize(),o=e("error.action",{action:e(C),message:z(r)});this.host.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:o},bubbles:!0,composed:!0}))}finally{let r=new Set(this.busy);r.delete(H),this.busy=r,this.host.requestUpdate()}}}};var a5={title:"Störanrufe",description:"Anrufe pro Tag und jeder Anrufer mit Strichliste: Anrufe eines Anrufers ansehen, als Störer markieren, erlauben, zurücksetzen, exportieren.","tab.nuisance":"Störer","tab.unknown":"Unbekannt","tab.allowed":"Erlaubt","tab.all":"Alle","tab.labels":"Firmen",search:"Nummer oder Name suchen","search.clear":"Suche leeren","sort.by":"Sortieren nach","sort.count":"Meiste Anrufe","sort.last_seen":"Letzter Anruf","sort.label":"Name","sort.number":"Nummer","sort.ascending":"Aufsteigend","sort.descending":"Absteigend","line.all":"Alle Leitungen","calls.one":"{n} Anruf","calls.other":"{n} Anrufe",answered:"{n} angenommen",missed:"{n} verpasst",stopped:"{n} vom Telefon gestoppt",never:"nie","action.flag":"Als Störer markieren","action.allow":"Erlauben","action.unflag":"Von meiner Liste nehmen","action.reset":"Zählung zurücksetzen","action.reset_confirm":"Zurücksetzen","flag.as":"Markieren als","flag.label":"Name oder Firma (optional)",cancel:"Abbrechen","empty.callers":"Noch keine Anrufe erfasst.","empty.search":"Kein Anrufer passt zu „{search}“.","empty.labels":"Noch kein Anrufer hat einen Namen oder eine Firma.",showing:"{first}–{last} von {total}","error.load":"Anrufer konnten nicht geladen werden: {message}","error.not_set_up":"Die Integration Nuisance Calls ist nicht eingerichtet oder noch nicht geladen.","error.action":"{action} fehlgeschlagen: {message}","verdict.nuisance":"Störer","verdict.unknown":"Unbekannt","verdict.allowed":"Erlaubt",anonymous:"Unterdrückte Nummer","numbers.one":"{n} Nummer","numbers.other":"{n} Nummern","labels.since":"seit {date}","labels.total":"{n} insgesamt","labels.show":"Diese Anrufer zeigen",score:"Score {score}","last.call":"Letzter Anruf","on.list.flag":"Von dir markiert","on.list.allow":"Von dir erlaubt","editor.title":"Titel","editor.filter":"Anzeigen","editor.sort":"Sortieren nach","editor.max_rows":"Zeilen pro Seite","editor.line":"Leitung","editor.line.helper":"Nur Anrufer auf dieser Leitung; leer für alle Leitungen.","sort.missed":"Meiste verpasste",tabs:"Welche Anrufer",loading:"Wird geladen …","empty.explain":"Jeder Anruf auf deinen Leitungen erscheint hier, sobald es klingelt, mit einer Zählung pro Anrufer. Nichts nach einem Testanruf? Prüfe den Sensor „Verbunden“ auf der Geräteseite der Leitung.","empty.filtered":"Kein Anrufer passt zu diesen Filtern.","page.back":"Vorherige Seite","page.on":"Nächste Seite","export.all":"Alle Anrufe herunterladen (CSV)",period:"Gezählt über","period.all":"Gesamte Zeit","period.year":"Dieses Jahr","period.30d":"Letzte 30 Tage","period.7d":"Letzte 7 Tage","filter.tag":"Kategorie","filter.tag_all":"Alle Kategorien","on.list.flag_by":"Markiert von {name}","on.list.allow_by":"Erlaubt von {name}","on.list.flagged":"Auf deiner Liste: markiert","on.list.allowed":"Auf deiner Liste: erlaubt","reset.question":"Zählung und alle erfassten Anrufe dieses Anrufers vergessen?","caller.open":"Anrufe dieses Anrufers zeigen","caller.back":"Zurück zur Liste","caller.calls":"Anrufe","caller.first":"Erster Anruf","caller.tags":"Kategorien","caller.sources":"Beurteilt von","caller.list":"Eigene Liste","caller.history":"Erfasste Anrufe ({n})","caller.no_calls":"Von diesem Anrufer ist kein Anruf erfasst.","caller.export":"Anrufe herunterladen (CSV)","caller.col.time":"Zeit","caller.col.outcome":"Ergebnis","caller.col.verdict":"Einstufung damals","outcome.ringing":"Klingelt","outcome.answered":"Angenommen","outcome.missed":"Verpasst","outcome.stopped":"Abgewiesen",duration:"{s} s","chart.title":"Anrufe pro Tag, letzte {days} Tage","chart.today":"Heute: {calls} Anrufe, {nuisance} Störer","chart.summary":"Letzte {days} Tage: {calls} Anrufe, davon {nuisance} Störer, {stopped} abgewiesen","chart.day":"{date}: {calls} Anrufe, {nuisance} Störer, {stopped} abgewiesen","chart.rest":"Andere Anrufe","chart.nuisance":"Störer","chart.stopped":"Abgewiesen","editor.show_chart":"Diagramm der Anrufe pro Tag",ringing:"Klingelt gerade: {name}","editor.compact":"Kompakt","editor.compact.helper":"Die Zahlen von heute, ein gerade klingelnder Anruf und die häufigsten Anrufer (des ersten Reiters), ohne Verwaltung.","group.caption":"Anrufe bei den {n} Haushalten deiner Gruppe · {period}","group.you":"Du","group.households":"{n} von {total} Haushalten","group.parts":"Anrufe je Haushalt","group.show":"Deine Anrufer dieser Firma zeigen","group.empty":"In dieser Zeit hat keine Firma jemanden aus der Gruppe angerufen.","group.sort.calls":"Anrufe bei der Gruppe","group.sort.households":"Angerufene Haushalte","group.sort.company":"Name","group.period.all":"Gesamte Zeit","group.period.year":"Letzte 12 Monate","group.period.90_days":"Letzte 90 Tage","group.period.30_days":"Letzte 30 Tage","hint.label":"Hinweis aus der Nummer, keine Bewertung","hint.kind.fixed_line":"Festnetz","hint.kind.mobile":"Mobilfunk","hint.kind.fixed_line_or_mobile":"Festnetz oder Mobilfunk","hint.kind.toll_free":"gebührenfrei","hint.kind.premium_rate":"Mehrwertnummer","hint.kind.shared_cost":"Service-Nummer mit geteilten Kosten","hint.kind.voip":"Internettelefonie","hint.kind.personal_number":"persönliche Rufnummer","hint.kind.pager":"Pager","hint.kind.uan":"Firmennummer","hint.kind.voicemail":"Mailbox","hint.kind.invalid":"keine gültige Nummer"};var J1={title:"Nuisance calls",description:"Calls per day and every caller with their tally: open a caller's calls, flag, allow, reset, export.","tab.nuisance":"Nuisance","tab.unknown":"Unknown","tab.allowed":"Allowed","tab.all":"All","tab.labels":"Companies",search:"Search number or name","search.clear":"Clear search","sort.by":"Sort by","sort.count":"Most calls","sort.last_seen":"Latest call","sort.label":"Name","sort.number":"Number","sort.ascending":"Ascending","sort.descending":"Descending","line.all":"All lines","calls.one":"{n} call","calls.other":"{n} calls",answered:"{n} answered",missed:"{n} missed",stopped:"{n} stopped by the phone",never:"never","action.flag":"Flag","action.allow":"Allow","action.unflag":"Remove from my list","action.reset":"Reset tally","action.reset_confirm":"Reset","flag.as":"Flag as","flag.label":"Name or company (optional)",cancel:"Cancel","empty.callers":"No calls recorded yet.","empty.search":"No caller matches “{search}”.","empty.labels":"No caller has a name or company yet.",showing:"{first}–{last} of {total}","error.load":"Could not load the callers: {message}","error.not_set_up":"The Nuisance Calls integration is not set up or not loaded yet.","error.action":"{action} failed: {message}","verdict.nuisance":"Nuisance","verdict.unknown":"Unknown","verdict.allowed":"Allowed",anonymous:"Withheld number","numbers.one":"{n} number","numbers.other":"{n} numbers","labels.since":"since {date}","labels.total":"{n} in total","labels.show":"Show these callers",score:"score {score}","last.call":"Last call","on.list.flag":"Flagged by you","on.list.allow":"Allowed by you","editor.title":"Title","editor.filter":"Show","editor.sort":"Sort by","editor.max_rows":"Rows per page","editor.line":"Line","editor.line.helper":"Only callers on this line; empty for all lines.","sort.missed":"Most missed",tabs:"Which callers",loading:"Loading…","empty.explain":"Every call on your lines appears here as it rings, with a count per caller. Nothing after a test call? Check the line's “Connected” sensor on its device page.","empty.filtered":"No caller matches these filters.","page.back":"Previous page","page.on":"Next page","export.all":"Download all calls (CSV)",period:"Counted over","period.all":"All time","period.year":"This year","period.30d":"Last 30 days","period.7d":"Last 7 days","filter.tag":"Tag","filter.tag_all":"All tags","on.list.flag_by":"Flagged by {name}","on.list.allow_by":"Allowed by {name}","on.list.flagged":"On your list: flagged","on.list.allowed":"On your list: allowed","reset.question":"Forget this caller's tally and every recorded call?","caller.open":"Show this caller's calls","caller.back":"Back to the list","caller.calls":"Calls","caller.first":"First call","caller.tags":"Tags","caller.sources":"Judged by","caller.list":"Personal list","caller.history":"Recorded calls ({n})","caller.no_calls":"No call of this caller is recorded.","caller.export":"Download calls (CSV)","caller.col.time":"Time","caller.col.outcome":"Outcome","caller.col.verdict":"Verdict then","outcome.ringing":"Ringing","outcome.answered":"Answered","outcome.missed":"Missed","outcome.stopped":"Stopped",duration:"{s} s","chart.title":"Calls per day, last {days} days","chart.today":"Today: {calls} calls, {nuisance} nuisance","chart.summary":"Last {days} days: {calls} calls, {nuisance} of them nuisance, {stopped} stopped","chart.day":"{date}: {calls} calls, {nuisance} nuisance, {stopped} stopped","chart.rest":"Other calls","chart.nuisance":"Nuisance","chart.stopped":"Stopped","editor.show_chart":"Chart of calls per day",ringing:"Ringing now: {name}","editor.compact":"Compact","editor.compact.helper":"Today's counts, a call ringing now and the top callers (of the tab shown first), nothing to manage.","group.caption":"Calls to your group's {n} households · {period}","group.you":"You","group.households":"{n} of {total} households","group.parts":"Calls per household","group.show":"Show your callers of this company","group.empty":"No company called anyone in the group in this time.","group.sort.calls":"Calls to the group","group.sort.households":"Households called","group.sort.company":"Name","group.period.all":"All time","group.period.year":"Last 12 months","group.period.90_days":"Last 90 days","group.period.30_days":"Last 30 days","hint.label":"Hint from the number, not a verdict","hint.kind.fixed_line":"landline","hint.kind.mobile":"mobile","hint.kind.fixed_line_or_mobile":"landline or mobile","hint.kind.toll_free":"toll-free","hint.kind.premium_rate":"premium rate","hint.kind.shared_cost":"shared cost","hint.kind.voip":"internet telephony","hint.kind.personal_number":"personal number","hint.kind.pager":"pager","hint.kind.uan":"company number","hint.kind.voicemail":"voicemail","hint.kind.invalid":"not a valid number"};var A5={title:"Chiamate moleste",description:"Chiamate al giorno e ogni chiamante con il suo conteggio: vedere le chiamate, segnalare, consentire, azzerare, esportare.","tab.nuisance":"Moleste","tab.unknown":"Sconosciute","tab.allowed":"Consentite","tab.all":"Tutte","tab.labels":"Aziende",search:"Cerca numero o nome","search.clear":"Cancella ricerca","sort.by":"Ordina per","sort.count":"Più chiamate","sort.last_seen":"Ultima chiamata","sort.label":"Nome","sort.number":"Numero","sort.ascending":"Crescente","sort.descending":"Decrescente","line.all":"Tutte le linee","calls.one":"{n} chiamata","calls.other":"{n} chiamate",answered:"{n} risposte",missed:"{n} perse",stopped:"{n} fermate dal telefono",never:"mai","action.flag":"Segnala","action.allow":"Consenti","action.unflag":"Rimuovi dal mio elenco","action.reset":"Azzera conteggio","action.reset_confirm":"Azzera","flag.as":"Segnala come","flag.label":"Nome o azienda (facoltativo)",cancel:"Annulla","empty.callers":"Nessuna chiamata registrata finora.","empty.search":"Nessun chiamante corrisponde a «{search}».","empty.labels":"Nessun chiamante ha ancora un nome o un'azienda.",showing:"{first}–{last} di {total}","error.load":"Impossibile caricare i chiamanti: {message}","error.not_set_up":"L'integrazione Nuisance Calls non è configurata o non è ancora caricata.","error.action":"{action} non riuscito: {message}","verdict.nuisance":"Molesto","verdict.unknown":"Sconosciuto","verdict.allowed":"Consentito",anonymous:"Numero anonimo","numbers.one":"{n} numero","numbers.other":"{n} numeri","labels.since":"dal {date}","labels.total":"{n} in totale","labels.show":"Mostra questi chiamanti",score:"punteggio {score}","last.call":"Ultima chiamata","on.list.flag":"Segnalato da te","on.list.allow":"Consentito da te","editor.title":"Titolo","editor.filter":"Mostra","editor.sort":"Ordina per","editor.max_rows":"Righe per pagina","editor.line":"Linea","editor.line.helper":"Solo i chiamanti su questa linea; vuoto per tutte le linee.","sort.missed":"Più perse",tabs:"Quali chiamanti",loading:"Caricamento…","empty.explain":"Ogni chiamata sulle tue linee compare qui appena squilla, con un conteggio per chiamante. Niente dopo una chiamata di prova? Controlla il sensore “Connesso” nella pagina del dispositivo della linea.","empty.filtered":"Nessun chiamante corrisponde a questi filtri.","page.back":"Pagina precedente","page.on":"Pagina successiva","export.all":"Scarica tutte le chiamate (CSV)",period:"Contate su","period.all":"Da sempre","period.year":"Quest'anno","period.30d":"Ultimi 30 giorni","period.7d":"Ultimi 7 giorni","filter.tag":"Categoria","filter.tag_all":"Tutte le categorie","on.list.flag_by":"Segnalato da {name}","on.list.allow_by":"Consentito da {name}","on.list.flagged":"Nella tua lista: segnalato","on.list.allowed":"Nella tua lista: consentito","reset.question":"Dimenticare il conteggio e tutte le chiamate registrate di questo chiamante?","caller.open":"Mostra le chiamate di questo chiamante","caller.back":"Torna all'elenco","caller.calls":"Chiamate","caller.first":"Prima chiamata","caller.tags":"Categorie","caller.sources":"Giudicato da","caller.list":"Lista personale","caller.history":"Chiamate registrate ({n})","caller.no_calls":"Nessuna chiamata registrata di questo chiamante.","caller.export":"Scarica le chiamate (CSV)","caller.col.time":"Ora","caller.col.outcome":"Esito","caller.col.verdict":"Giudizio allora","outcome.ringing":"Squilla","outcome.answered":"Risposta","outcome.missed":"Persa","outcome.stopped":"Fermata",duration:"{s} s","chart.title":"Chiamate al giorno, ultimi {days} giorni","chart.today":"Oggi: {calls} chiamate, {nuisance} moleste","chart.summary":"Ultimi {days} giorni: {calls} chiamate, di cui {nuisance} moleste, {stopped} fermate","chart.day":"{date}: {calls} chiamate, {nuisance} moleste, {stopped} fermate","chart.rest":"Altre chiamate","chart.nuisance":"Moleste","chart.stopped":"Fermate","editor.show_chart":"Grafico delle chiamate al giorno",ringing:"Sta squillando: {name}","editor.compact":"Compatta","editor.compact.helper":"I conteggi di oggi, una chiamata che squilla ora e i chiamanti più frequenti (della scheda mostrata per prima), senza gestione.","group.caption":"Chiamate alle {n} famiglie del tuo gruppo · {period}","group.you":"Tu","group.households":"{n} famiglie su {total}","group.parts":"Chiamate per famiglia","group.show":"Mostra i tuoi chiamanti di questa azienda","group.empty":"In questo periodo nessuna azienda ha chiamato qualcuno del gruppo.","group.sort.calls":"Chiamate al gruppo","group.sort.households":"Famiglie chiamate","group.sort.company":"Nome","group.period.all":"Sempre","group.period.year":"Ultimi 12 mesi","group.period.90_days":"Ultimi 90 giorni","group.period.30_days":"Ultimi 30 giorni","hint.label":"Indizio dal numero, non un giudizio","hint.kind.fixed_line":"rete fissa","hint.kind.mobile":"cellulare","hint.kind.fixed_line_or_mobile":"rete fissa o cellulare","hint.kind.toll_free":"numero verde","hint.kind.premium_rate":"numero a tariffa maggiorata","hint.kind.shared_cost":"numero a costo ripartito","hint.kind.voip":"telefonia via internet","hint.kind.personal_number":"numero personale","hint.kind.pager":"cercapersone","hint.kind.uan":"numero aziendale","hint.kind.voicemail":"segreteria telefonica","hint.kind.invalid":"numero non valido"};var d5={en:J1,de:a5,it:A5};function X5(M){let H=(M??"en").toLowerCase().split(/[-_]/)[0];return H in d5?H:"en"}function n1(){let M=document.querySelector("home-assistant")?.hass;return M?.locale?.language||M?.language||document.documentElement.lang||navigator.language||"en"}function G(M){let H=d5[X5(M)];return(C,V)=>{let L=H[C]??J1[C]??C;if(V)for(let[r,e]of Object.entries(V))L=L.split(`{${r}}`).join(String(e));return L}}function j(M,H,C,V){let L=new Intl.PluralRules(H).select(V)==="one"?"one":"other";return M(`${C}.${L}`,{n:V.toLocaleString(H)})}var X="nuisance-calls-card",w=["nuisance","unknown","allowed","all","labels"],m1=["count","missed","last_seen","label","number"],C2=10,l1=500,p5,n5=M=>{p5=M};function H2(M){if(!M||typeof M!="object")throw new Error("Invalid configuration");if(M.filter!==void 0&&!w.includes(M.filter))throw new Error(`filter must be one of ${w.join(", ")}`);if(M.sort!==void 0&&!m1.includes(M.sort))throw new Error(`sort must be one of ${m1.join(", ")}`);if(M.max_rows!==void 0&&(!Number.isInteger(M.max_rows)||M.max_rows<1||M.max_rows>l1))throw new Error(`max_rows must be a whole number from 1 to ${l1}`);for(let H of["show_chart","compact"])if(M[H]!==void 0&&typeof M[H]!="boolean")throw new Error(`${H} must be true or false`);if(M.line!==void 0&&typeof M.line!="string")throw new Error("line must be a config entry id");return M}function m5(){return{type:`custom:${X}`,filter:"all",sort:"count",max_rows:5}}function l5(){let M=G(p5??n1()),H=(C,V)=>C.map(L=>({value:L,label:M(`${V}.${L}`)}));return{schema:[{name:"title",selector:{text:{}}},{type:"grid",name:"",schema:[{name:"filter",selector:{select:{mode:"dropdown",options:H(w,"tab")}}},{name:"sort",selector:{select:{mode:"dropdown",options:H(m1,"sort")}}}]},{name:"max_rows",selector:{number:{min:1,max:100,step:1,mode:"box"}}},{name:"line",selector:{config_entry:{integration:"nuisance_calls"}}},{type:"grid",name:"",schema:[{name:"show_chart",default:!0,selector:{boolean:{}}},{name:"compact",default:!1,selector:{boolean:{}}}]}],computeLabel:C=>C.name?M(`editor.${C.name}`):void 0,computeHelper:C=>C.name==="line"?M("editor.line.helper"):C.name==="compact"?M("editor.compact.helper"):void 0,assertConfig:C=>{H2(C)}}}function L2(M){return M==="count"||M==="last_seen"||M==="missed"}var V2=M=>M.replace(/\D/g,"");function Y5(M,H){let C=(H??"").trim().toLowerCase();if(!C||(M.label??"").toLowerCase().includes(C)||M.formatted_number.toLowerCase().includes(C)||M.number.toLowerCase().includes(C))return!0;let V=V2(C);return V.length>0&&(V2(M.number).includes(V)||V2(M.formatted_number).includes(V))}function J5(M,H){return H.verdict&&M.verdict!==H.verdict||H.tag&&!M.tags.includes(H.tag)||H.line&&!M.lines.includes(H.line)?!1:Y5(M,H.search)}var Y=M=>M&&Date.parse(M)||0,v5=M=>M.label?.toLowerCase()||"￿",B1=(M,H)=>M<H?-1:M>H?1:0;function C3(M,H,C){switch(C){case"count":return M.count-H.count||Y(M.last_seen)-Y(H.last_seen);case"missed":return M.missed-H.missed||M.count-H.count||Y(M.last_seen)-Y(H.last_seen);case"last_seen":return Y(M.last_seen)-Y(H.last_seen)||M.count-H.count;case"label":return B1(v5(M),v5(H))||B1(M.number,H.number);case"number":return B1(M.number,H.number)}return 0}function H3(M,H,C){let V=C?-1:1;return[...M].sort((L,r)=>V*C3(L,r,H)||B1(L.number,r.number))}function x5(M,H,C,V,L){let r=new Map(M.map(i=>[i.number,i])),e=[],o=L.offset===0&&M.length>=H,t=L.offset===0,A=!0,n=!1;for(let i of C.callers??[]){let x=r.has(i.number),s=J5(i,V);if(x){s?(r.set(i.number,i),e.push(i.number)):(r.delete(i.number),H-=1,A&&=o);continue}if(!s){A&&=o||!!C.calls;continue}let g=!!C.calls&&i.count===1;o||g&&!L.counted.has(i.number)?(H+=1,L.counted.add(i.number)):C.calls||(A=!1),t&&(r.set(i.number,i),e.push(i.number),n=!0)}for(let i of C.removed??[])r.delete(i)?(H-=1,A&&=o):o||(A=!1);let p=(n||e.length?H3([...r.values()],V.sort,V.descending):[...r.values()]).slice(0,L.limit);return{rows:p,total:Math.max(H,L.offset+p.length),touched:e.filter(i=>p.some(x=>x.number===i)),exact:A}}var V3=30,L3=250,T1=1e3,M3=1600,r3=3e4,R1=class{constructor(H){this.filter="all";this.sort="count";this.descending=!0;this.search="";this.period="all";this.groupSort="calls";this.groupDescending=!0;this.groupPeriod="all";this.limit=C2;this.offset=0;this.callers=[];this.total=0;this.lines=[];this.labels=[];this.labelsTotal=0;this.groupShownPeriod="all";this.days=[];this.loading=!0;this.shownSearch="";this.loaded=!1;this.chart=!0;this.announce="";this.flash=new Set;this.now=Date.now();this.configured=!1;this.counted=new Set;this.request=0;this.timers=new Map;this.onDisconnected=()=>{this.subscription=void 0};this.onReady=()=>{this.live&&(this.subscribe(this.live),this.refresh(),this.refreshDaily())};this.host=H,H.addController(this)}configure(H){this.configured=!0,this.filter=H.filter??"all",this.sort=H.sort??"count",this.descending=L2(this.sort),this.line=H.line||void 0,this.limit=H.max_rows??C2,this.offset=0,this.chart=H.show_chart!==!1,this.host.requestUpdate(),this.refresh(),this.refreshDaily()}setConnection(H){H!==this.connection&&(this.stop(),this.connection=H,this.start())}hostConnected(){this.start()}hostDisconnected(){this.stop()}start(){let H=this.connection;!H||!this.host.isConnected||this.live||(this.live=H,this.subscribe(H),H.addEventListener("ready",this.onReady),H.addEventListener("disconnected",this.onDisconnected),this.tick=window.setInterval(()=>{this.now=Date.now(),this.host.requestUpdate()},r3),this.refresh(),this.refreshDaily())}stop(){let H=this.live;if(!H)return;this.live=void 0;let C=this.subscription;this.subscription=void 0,C?.then(V=>V?.()).catch(()=>{}),H.removeEventListener("ready",this.onReady),H.removeEventListener("disconnected",this.onDisconnected),window.clearInterval(this.tick);for(let V of this.timers.values())window.clearTimeout(V);this.timers.clear()}subscribe(H){let C=V5(H,V=>{this.subscription===C&&this.onChange(V)}).then(V=>{if(this.subscription===C)return V;Promise.resolve(V()).catch(()=>{})},V=>{this.subscription===C&&this.showLoadError(V)});this.subscription=C}later(H,C,V){window.clearTimeout(this.timers.get(H)),this.timers.set(H,window.setTimeout(()=>{this.timers.delete(H),V()},C))}selectTab(H){H!==this.filter&&(this.filter=H,this.offset=0,this.loading=!0,this.host.requestUpdate(),this.refresh())}changeQuery(H){H.search!==void 0&&(this.search=H.search),H.sort!==void 0&&(this.sort=H.sort,this.descending=L2(H.sort)),H.descending!==void 0&&(this.descending=H.descending),"line"in H&&(this.line=H.line||void 0),H.period!==void 0&&(this.period=H.period),"tag"in H&&(this.tag=H.tag||void 0),H.groupSort!==void 0&&(this.groupSort=H.groupSort,this.groupDescending=H.groupSort!=="company"),H.groupDescending!==void 0&&(this.groupDescending=H.groupDescending),H.groupPeriod!==void 0&&(this.groupPeriod=H.groupPeriod),this.offset=0,this.loading=!0,this.host.requestUpdate(),H.search!==void 0&&!H.immediate?this.later("search",L3,()=>{this.refresh()}):this.refresh()}turnPage(H){let C=this.filter==="labels"?this.labelsTotal:this.total,V=Math.max(0,this.offset+H*this.limit);V===this.offset||V>=C||(this.offset=V,this.loading=!0,this.host.requestUpdate(),this.refresh())}showLabel(H){this.search=H,this.selectTab("all")}get companiesShown(){return this.group?this.group.companies.length:this.labels.length}get hasNext(){let H=this.filter==="labels"?this.labelsTotal:this.total;return this.offset+this.limit<H}get rowQuery(){return{sort:this.sort,descending:this.descending,verdict:this.filter==="all"||this.filter==="labels"?void 0:this.filter,tag:this.tag,line:this.line,search:this.search.trim()||void 0}}async refresh(){let H=this.live;if(!H||!this.configured)return;let C=++this.request,V=Math.min(this.limit,l1),L=this.search.trim(),r=this.filter,e=this.groupPeriod;try{if(r==="labels"){let o=await this.fetchGroup(H,V,L);if(C!==this.request)return;if(this.group=o,o)this.labelsTotal=o.total,this.groupShownPeriod=e;else{let t=await j2(H,{limit:V,offset:this.offset,search:L||void 0});if(C!==this.request)return;this.labels=t.labels,this.labelsTotal=t.total??t.labels.length,this.since=t.since}}else{let o=await q2(H,{...this.rowQuery,period:this.period,offset:this.offset,limit:V});if(C!==this.request)return;this.callers=o.callers,this.total=o.total,this.lines=o.lines??[],this.counted=new Set}this.shownSearch=L,this.shownFilter=r,this.loaded=!0,this.loading=!1,this.error=void 0}catch(o){C===this.request&&this.showLoadError(o)}this.host.requestUpdate()}async fetchGroup(H,C,V){try{let L=await X2(H,{period:this.groupPeriod,sort:this.groupSort,descending:this.groupDescending,limit:C,offset:this.offset,search:V||void 0});return L.households>1?L:void 0}catch(L){if(Y1(L))return;throw L}}async refreshDaily(){let H=this.live;if(!(!H||!this.configured||!this.chart)){try{this.days=(await Y2(H,V3)).days}catch{this.days=[]}this.host.requestUpdate()}}updateToday(H){let C=this.days[this.days.length-1],V=new Date,L=`${V.getFullYear()}-${String(V.getMonth()+1).padStart(2,"0")}-${String(V.getDate()).padStart(2,"0")}`;if(!C||C.date!==L){this.later("daily",T1,()=>{this.refreshDaily()});return}this.days=[...this.days.slice(0,-1),{date:C.date,...H}]}showLoadError(H){this.error={notSetUp:Y1(H),message:z(H)},this.loaded=!0,this.host.requestUpdate()}onChange(H){if(this.onPush?.([...(H.callers??[]).map(V=>V.number),...H.removed??[]]),H.today&&this.days.length&&this.updateToday(H.today),H.calls&&H.callers?.length){let V=H.callers[0];this.announce=`${V.label||V.formatted_number}: ${V.count}`}if(H.reset||this.filter==="labels"||this.period!=="all"){this.later("refresh",H.reset?0:T1,()=>{this.refresh()}),H.reset&&this.later("daily",T1,()=>{this.refreshDaily()}),this.host.requestUpdate();return}let C=x5(this.callers,this.total,H,this.rowQuery,{offset:this.offset,limit:Math.min(this.limit,l1),counted:this.counted});this.callers=C.rows,this.total=C.total,C.touched.length&&(this.flash=new Set([...this.flash,...C.touched]),this.later("flash",M3,()=>{this.flash=new Set,this.host.requestUpdate()})),C.exact||this.later("refresh",T1,()=>{this.refresh()}),this.host.requestUpdate()}};var e3=[["second",60],["minute",60],["hour",24],["day",7],["week",4.345],["month",12],["year",Number.POSITIVE_INFINITY]];function F1(M,H,C=Date.now()){let V=Date.parse(M);if(Number.isNaN(V))return M;let L=Math.min(V-C,0)/1e3,r=new Intl.RelativeTimeFormat(H,{numeric:"auto"});if(Math.abs(L)<45)return r.format(0,"second");for(let[e,o]of e3){if(Math.abs(L)<o)return r.format(Math.round(L),e);L/=o}return r.format(Math.round(L),"year")}function J(M,H,C){let V=new Date(M);if(Number.isNaN(V.getTime()))return M;try{return new Intl.DateTimeFormat(H,{dateStyle:"medium",timeStyle:"short",timeZone:C}).format(V)}catch{return new Intl.DateTimeFormat(H,{dateStyle:"medium",timeStyle:"short"}).format(V)}}function C1(M,H){let[C,V,L]=M.split("-").map(Number);return!C||!V||!L?M:new Intl.DateTimeFormat(H,{day:"numeric",month:"short"}).format(new Date(C,V-1,L))}var O=h`
  svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`,$=h`
  /* 48 px: the touch target HA's own icon buttons have. */
  .icon-button {
    width: 48px;
    height: 48px;
    border-radius: 50%;
    border: none;
    background: none;
    padding: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--secondary-text-color);
    cursor: pointer;
  }
  .icon-button:hover:not(:disabled) {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .icon-button:focus-visible {
    outline: 2px solid var(--primary-color);
  }
  .icon-button:disabled {
    cursor: default;
    opacity: 0.5;
  }
`,H1=h`
  /* Text in the text colour (HA's primary colour on white is under 3:1),
     the primary colour as the outline. */
  .text-button {
    min-height: 40px;
    padding: 0 16px;
    border-radius: 20px;
    border: 1px solid var(--primary-color);
    background: none;
    color: var(--primary-text-color);
    cursor: pointer;
    font-weight: var(--ha-font-weight-medium, 500);
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .text-button svg {
    width: 18px;
    height: 18px;
  }
  .text-button:hover:not(:disabled) {
    background: color-mix(in srgb, var(--primary-color) 10%, transparent);
  }
  .text-button:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  .text-button:disabled {
    opacity: 0.5;
    cursor: default;
  }
`,D1=h`
  .message {
    padding: 16px;
    color: var(--secondary-text-color);
    text-align: center;
  }
  .message.error {
    color: var(--error-color);
  }
  .message.empty p {
    margin: 4px 0;
  }
  .message.empty strong {
    color: var(--primary-text-color);
  }
  .list {
    display: flex;
    flex-direction: column;
  }
  .row + .row {
    border-top: 1px solid var(--divider-color);
    border-top-left-radius: 0;
    border-top-right-radius: 0;
  }
`,s5=h`
  column-gap: var(--nc-gap);
  align-items: center;
  padding: 8px;
  border-radius: 12px;
  transition: background-color 0.6s ease-out, opacity 0.2s;
`,Z5=h`
  .badge {
    grid-area: badge;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--verdict-color);
    background: color-mix(in srgb, var(--verdict-color) 16%, transparent);
  }
  .badge svg {
    width: 22px;
    height: 22px;
  }
  .info {
    grid-area: info;
    min-width: 0;
  }
  .primary {
    color: var(--primary-text-color);
    font-weight: var(--ha-font-weight-medium, 500);
    font-size: var(--ha-font-size-m, 14px);
    line-height: 20px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .secondary {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
    line-height: 18px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .tally {
    grid-area: tally;
    min-width: 56px;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .count {
    color: var(--primary-text-color);
    font-size: var(--ha-font-size-xl, 20px);
    font-weight: var(--ha-font-weight-medium, 500);
    line-height: 24px;
  }
  .split {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
    line-height: 16px;
    white-space: nowrap;
  }
`,u5=h`
  :host {
    display: block;
    --nc-gap: 12px;
  }
  ha-card {
    container-type: inline-size;
    height: 100%;
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }
  .tabs {
    display: flex;
    gap: 4px;
    padding: 0 8px;
    overflow-x: auto;
    scrollbar-width: none;
    border-bottom: 1px solid var(--divider-color);
  }
  .tab {
    appearance: none;
    background: none;
    border: none;
    border-bottom: 2px solid transparent;
    color: var(--secondary-text-color);
    font-weight: var(--ha-font-weight-medium, 500);
    font-size: var(--ha-font-size-m, 14px);
    padding: 10px 12px 8px;
    cursor: pointer;
    white-space: nowrap;
  }
  .tab:hover {
    color: var(--primary-text-color);
  }
  .tab[aria-selected="true"] {
    color: var(--primary-text-color);
    font-weight: var(--ha-font-weight-bold, 600);
    border-bottom-color: var(--primary-color);
  }
  .tab:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: -2px;
  }
  .content {
    container-type: inline-size;
    flex: 1;
    padding: 4px 8px 8px;
  }
  .footer {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 0 8px 4px 16px;
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .footer .range {
    flex: 1;
  }
  .pager {
    display: flex;
  }
  .frame {
    container-type: inline-size;
  }
  .compact {
    padding: 0 8px 8px;
  }
  .today-line {
    color: var(--primary-text-color);
    padding: 4px 8px;
  }
  .ringing {
    margin: 4px 0;
    padding: 8px;
    border-radius: 8px;
    color: var(--primary-text-color);
    box-shadow: inset 0 0 0 2px var(--error-color);
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .top {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .top li {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    padding: 6px 8px;
    color: var(--primary-text-color);
    border-top: 1px solid var(--divider-color);
  }
  .top li:first-child {
    border-top: none;
  }
  .top .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .top-count {
    font-variant-numeric: tabular-nums;
    font-weight: var(--ha-font-weight-medium, 500);
  }
  /* A long page scrolls inside the card: the dashboard keeps its size. */
  .content > .list {
    max-height: 70vh;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  @container (max-width: 420px) {
    .tabs {
      gap: 0;
      padding: 0 4px;
    }
    .tab {
      padding: 10px 8px 8px;
    }
  }
`,c5=h`
  :host {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 12px 16px 4px;
  }
  .search {
    flex: 1 1 180px;
    display: flex;
    align-items: center;
    gap: 8px;
    height: 40px;
    padding: 0 4px 0 12px;
    border-radius: 20px;
    background: var(--secondary-background-color);
    color: var(--secondary-text-color);
    box-sizing: border-box;
  }
  .search:focus-within {
    outline: 2px solid var(--primary-color);
  }
  .search svg {
    width: 20px;
    height: 20px;
  }
  .search input {
    flex: 1;
    min-width: 0;
    border: none;
    outline: none;
    background: none;
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
    color: var(--primary-text-color);
  }
  .search input::placeholder {
    color: var(--secondary-text-color);
  }
  .search input::-webkit-search-cancel-button {
    display: none;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 2px;
  }
  select {
    height: 40px;
    max-width: 100%;
    border-radius: 20px;
    border: 1px solid var(--divider-color);
    background: var(--card-background-color);
    color: var(--primary-text-color);
    padding: 0 12px;
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
    cursor: pointer;
  }
  select:focus-visible {
    outline: 2px solid var(--primary-color);
  }
`,S5=h`
  :host {
    /* Rows scrolled out of a long page cost no layout or paint. */
    content-visibility: auto;
    contain-intrinsic-size: auto 64px;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      "open actions"
      "panel panel";
    align-items: center;
    border-radius: 12px;
    transition: background-color 0.6s ease-out, opacity 0.2s;
  }
  :host(.flash) {
    background-color: color-mix(in srgb, var(--primary-color) 14%, transparent);
    transition: none;
  }
  :host(.busy) {
    opacity: 0.55;
  }
  :host(.verdict-nuisance) {
    --verdict-color: var(--error-color);
  }
  :host(.verdict-allowed) {
    --verdict-color: var(--success-color);
  }
  :host(.verdict-unknown) {
    --verdict-color: var(--secondary-text-color);
  }
  .open {
    grid-area: open;
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) auto;
    grid-template-areas:
      "badge info tally"
      "badge chips tally";
    ${s5}
    min-height: 56px;
    width: 100%;
    border: none;
    background: none;
    text-align: left;
    cursor: pointer;
  }
  .open:hover:not(:disabled) {
    background: color-mix(in srgb, var(--primary-text-color) 5%, transparent);
  }
  .open:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: -2px;
  }
  .open:disabled {
    cursor: default;
  }
  ${Z5}
  .chips {
    grid-area: chips;
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 4px;
    min-width: 0;
  }
  .chip {
    font-size: var(--ha-font-size-xs, 11px);
    line-height: 18px;
    padding: 0 8px;
    border-radius: 9px;
    color: var(--primary-text-color);
    background: color-mix(in srgb, var(--verdict-color) 14%, transparent);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-width: 100%;
  }
  .chip.mine {
    background: none;
    box-shadow: inset 0 0 0 1px var(--verdict-color);
  }
  .split span {
    display: inline-flex;
    align-items: center;
    gap: 2px;
  }
  .split svg {
    width: 14px;
    height: 14px;
  }
  /* The colour on the icon only: the number keeps the text's contrast. */
  .split .missed svg {
    color: var(--error-color);
  }
  .split .missed.none svg {
    color: inherit;
  }
  .split .stopped svg {
    color: var(--success-color, #43a047);
  }
  .actions {
    grid-area: actions;
    display: flex;
    align-items: center;
  }
  .slot {
    width: 48px;
  }
  .icon-button.flag:hover,
  .icon-button.flag[aria-pressed="true"],
  .icon-button.flag[aria-expanded="true"] {
    color: var(--error-color);
  }
  .panel {
    grid-area: panel;
    margin: 4px 8px 8px 60px;
  }
  /* Narrow (a phone): the name and the time wrap rather than lose their end. */
  @container (max-width: 520px) {
    .panel {
      margin-left: 8px;
    }
    .primary,
    .secondary {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .open {
      column-gap: 8px;
      padding-right: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      transition: none;
    }
  }
`,h5=h`
  :host {
    display: block;
    padding: 4px 16px 8px;
    --nc-other: color-mix(in srgb, var(--primary-color) 55%, transparent);
    --nc-nuisance: var(--error-color);
    --nc-stopped: color-mix(in srgb, var(--error-color) 60%, black);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--secondary-text-color);
  }
  .head .title {
    color: var(--primary-text-color);
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .plot {
    position: relative;
    display: flex;
    align-items: stretch;
    gap: 2px;
    height: 72px;
    margin-top: 16px;
    border-bottom: 1px solid var(--divider-color);
  }
  .top {
    position: absolute;
    top: -13px;
    left: 0;
    font-size: 10px;
    line-height: 10px;
    color: var(--secondary-text-color);
  }
  .day {
    flex: 1;
    display: flex;
    flex-direction: column-reverse;
    min-width: 0;
  }
  .day:hover {
    background: color-mix(in srgb, var(--primary-text-color) 6%, transparent);
  }
  .bar {
    flex: none;
  }
  .bar.other,
  .swatch.other {
    background: var(--nc-other);
  }
  .bar.nuisance,
  .swatch.nuisance {
    background: var(--nc-nuisance);
  }
  .bar.stopped,
  .swatch.stopped {
    background: var(--nc-stopped);
  }
  .day .bar:last-of-type {
    border-radius: 2px 2px 0 0;
  }
  .axis,
  .legend {
    display: flex;
    justify-content: space-between;
    font-size: 11px;
    color: var(--secondary-text-color);
    margin-top: 2px;
  }
  .legend {
    justify-content: flex-start;
    gap: 12px;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 2px;
  }
`,g5=h`
  :host {
    display: block;
    padding: 8px 8px 12px;
  }
  .page-head {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .who {
    flex: 1;
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: var(--ha-font-size-l, 16px);
    font-weight: var(--ha-font-weight-medium, 500);
    color: var(--primary-text-color);
    overflow-wrap: anywhere;
  }
  .number {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .hint {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
    font-style: italic;
  }
  .verdict {
    padding: 2px 10px;
    border-radius: 12px;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--primary-text-color);
    box-shadow: inset 0 0 0 1px var(--divider-color);
  }
  .verdict-nuisance {
    box-shadow: inset 0 0 0 2px var(--error-color);
  }
  .verdict-allowed {
    box-shadow: inset 0 0 0 2px var(--success-color);
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 12px;
    margin: 12px 8px;
    font-size: var(--ha-font-size-m, 14px);
  }
  .facts dt {
    color: var(--secondary-text-color);
  }
  .facts dd {
    margin: 0;
    color: var(--primary-text-color);
    overflow-wrap: anywhere;
  }
  .page-actions,
  .confirm-row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 8px;
    align-items: center;
  }
  .confirm-row span {
    color: var(--primary-text-color);
  }
  .confirm {
    border-color: var(--error-color);
  }
  .panel {
    margin: 8px;
  }
  .calls-title {
    margin: 16px 8px 4px;
    font-size: var(--ha-font-size-m, 14px);
    font-weight: var(--ha-font-weight-medium, 500);
    color: var(--primary-text-color);
  }
  table {
    width: calc(100% - 16px);
    margin: 0 8px;
    border-collapse: collapse;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--primary-text-color);
  }
  th {
    text-align: left;
    font-weight: var(--ha-font-weight-medium, 500);
    color: var(--secondary-text-color);
    padding: 4px;
  }
  td {
    padding: 6px 4px;
    border-top: 1px solid var(--divider-color);
    vertical-align: top;
  }
  .hidden {
    display: none;
  }
  @container (max-width: 420px) {
    .wide {
      display: none;
    }
  }
  .message {
    padding: 16px;
    color: var(--secondary-text-color);
  }
`,f5=h`
  :host {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .panel-title {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .tag-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .tag-choice {
    font-size: var(--ha-font-size-m, 14px);
    height: 32px;
    padding: 0 12px;
    border-radius: 16px;
    border: 1px solid var(--divider-color);
    background: none;
    color: var(--primary-text-color);
    cursor: pointer;
  }
  .tag-choice:hover,
  .tag-choice:focus-visible {
    border-color: var(--error-color);
    background: color-mix(in srgb, var(--error-color) 10%, transparent);
    outline: none;
  }
  .tag-choice.current {
    border-color: var(--error-color);
  }
  .panel-row {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .panel-row input {
    flex: 1;
    min-width: 0;
    height: 36px;
    padding: 0 12px;
    border-radius: 18px;
    border: 1px solid var(--divider-color);
    background: var(--card-background-color);
    color: var(--primary-text-color);
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
  }
  .panel-row input:focus {
    outline: 2px solid var(--primary-color);
    border-color: transparent;
  }
`,O5=h`
  :host {
    display: block;
  }
  .row {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) minmax(40px, 25%) auto 24px;
    grid-template-areas: "badge info bar tally actions";
    ${s5}
  }
  .bar-track {
    grid-area: bar;
    height: 8px;
    border-radius: 4px;
    background: color-mix(in srgb, var(--primary-text-color) 8%, transparent);
    overflow: hidden;
  }
  .bar-track .bar {
    height: 100%;
    border-radius: 4px;
    background: var(--verdict-color);
  }
  .verdict-nuisance {
    --verdict-color: var(--error-color);
  }
  .verdict-allowed {
    --verdict-color: var(--success-color);
  }
  .verdict-unknown {
    --verdict-color: var(--secondary-text-color);
  }
  ${Z5}
  .label-row {
    appearance: none;
    border: none;
    background: none;
    width: 100%;
    text-align: left;
    cursor: pointer;
  }
  .label-row:hover {
    background: color-mix(in srgb, var(--primary-text-color) 5%, transparent);
  }
  .label-row .chevron {
    grid-area: actions;
    color: var(--secondary-text-color);
  }
  .group-caption {
    padding: 4px 8px 8px;
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .parts {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
    line-height: 18px;
    overflow-wrap: anywhere;
  }
  .part {
    white-space: nowrap;
  }
  .swatch {
    display: inline-block;
    width: 8px;
    height: 8px;
    margin-right: 4px;
    border-radius: 50%;
    vertical-align: baseline;
  }
  .group-row {
    grid-template-columns: 40px minmax(0, 1fr) auto 24px;
    grid-template-areas: "badge info tally actions";
  }
  .group-row .primary {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .bar-track.stacked {
    display: flex;
    gap: 1px;
    margin: 4px 0 2px;
  }
  .bar-track .segment {
    height: 100%;
  }
  @media (prefers-reduced-motion: reduce) {
    .row {
      transition: none;
    }
  }
`;var Z=M=>D2`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${M}></path></svg>`,M2=[],r2=!document.querySelector("home-assistant")||!!customElements.get("home-assistant");r2||customElements.whenDefined("home-assistant").then(()=>{r2=!0;for(let[M,H]of M2.splice(0))b5(M,H)});function b5(M,H){customElements.get(M)||customElements.define(M,H)}function b(M,H){r2?b5(M,H):M2.some(([C])=>C===M)||M2.push([M,H])}function S(M,H,C){M.dispatchEvent(new CustomEvent(H,{detail:C,bubbles:!0}))}var V1=class extends u{constructor(){super();this.entry=null;this.addEventListener("keydown",C=>{C.key==="Escape"&&S(this,"nc-close",void 0)})}get _current(){return this.entry?.action==="flag"?this.entry.tags:[]}_flag(C){let V=this.renderRoot.querySelector("input");S(this,"nc-flag",{tag:C,label:V?.value.trim()??""})}render(){let{localize:C,tagText:V,flagTags:L}=this.view,r=this._current;return a`
      <div class="panel-row">
        <input
          type="text"
          maxlength="200"
          .value=${this.entry?.label??""}
          placeholder=${C("flag.label")}
          aria-label=${C("flag.label")}
          @keydown=${e=>{e.key==="Enter"&&this._flag(r[0])}}
        />
        <button class="text-button" @click=${()=>S(this,"nc-close",void 0)}>
          ${C("cancel")}
        </button>
      </div>
      <div class="panel-title" id="flag-as">${C("flag.as")}</div>
      <div class="tag-choices" role="group" aria-labelledby="flag-as">
        ${L.map(e=>a`
            <button
              class="tag-choice ${r.includes(e)?"current":""}"
              data-tag=${e}
              @click=${()=>this._flag(e)}
            >
              ${V(e)}
            </button>
          `)}
      </div>
    `}shouldUpdate(){return this.view!==void 0}firstUpdated(){this.renderRoot.querySelector("input")?.focus()}};V1.styles=[O,H1,f5],l([v({attribute:!1})],V1.prototype,"entry",2),l([v({attribute:!1})],V1.prototype,"view",2);b("nc-flag-panel",V1);var t3="anonymous",i3={nuisance:l2,allowed:v2,unknown:u2},F=class extends u{constructor(){super(...arguments);this.flash=!1;this.busy=!1;this.flagging=!1}connectedCallback(){super.connectedCallback(),this.setAttribute("role","listitem")}focusFlag(){this.renderRoot.querySelector("button.flag")?.focus()}_ask(C){S(this,"nc-row-action",{kind:C,caller:this.caller})}_flag(C){S(this,"nc-row-action",{kind:"flag",caller:this.caller,...C.detail})}shouldUpdate(){return this.caller!==void 0&&this.view!==void 0}willUpdate(){let C=this.caller;this.className=["row",`verdict-${C.verdict}`,this.flash?"flash":"",this.busy?"busy":""].join(" "),this.dataset.number=C.number}render(){let C=this.caller,V=this.view,{localize:L,language:r,now:e,timeZone:o,lines:t,tagText:A}=V,n=C.number===t3,d=n?L("anonymous"):C.label||C.formatted_number,p=t.length>1?t.find(M1=>M1.entry_id===C.last_line)?.title:void 0,i=C.list_entry,x=L(`verdict.${C.verdict}`),s=C.last_seen?`${L("last.call")}: ${J(C.last_seen,r,o)}`:"",g=C.stopped??0,y=M1=>a`<span class="sr-only">${M1}</span>`;return a`
      <button
        class="open"
        title=${L("caller.open")}
        ?disabled=${V.preview}
        @click=${()=>this._ask("open")}
      >
        <div class="badge" title=${x}>
          ${Z(n?n2:i3[C.verdict])}${y(x)}
        </div>
        <div class="info">
          <div class="primary">${d}</div>
          <div class="secondary" title=${s}>
            ${[C.label&&!n?C.formatted_number:"",C.last_seen?F1(C.last_seen,r,e):L("never"),p??""].filter(Boolean).join(" · ")}
          </div>
        </div>
        ${C.tags.length||C.score!==null||i?a`<div class="chips">
              ${C.tags.map(M1=>a`<span class="chip">${A(M1)}</span>`)}
              ${C.score!==null&&C.score!==void 0?a`<span class="chip">${L("score",{score:C.score})}</span>`:m}
              ${i?a`<span class="chip mine">${e2(L,i,V)}</span>`:m}
            </div>`:m}
        <div class="tally">
          <div class="count">${C.count.toLocaleString(r)}</div>
          ${y(j(L,r,"calls",C.count).replace(/^\S+\s*/,""))}
          <div class="split">
            <span class="answered">
              ${Z(s2)}${C.answered.toLocaleString(r)}${y(L("answered",{n:""}))}
            </span>
            <span class="missed ${C.missed?"":"none"}">
              ${Z(Z2)}${C.missed.toLocaleString(r)}${y(L("missed",{n:""}))}
            </span>
            ${g?a`<span class="stopped">
                  ${Z(x2)}${g.toLocaleString(r)}${y(L("stopped",{n:""}))}
                </span>`:m}
          </div>
        </div>
      </button>
      <div class="actions">${this._renderFlag(C,n)}</div>
      ${this.flagging?a`<nc-flag-panel
            class="panel"
            .entry=${i}
            .view=${this.view}
            @nc-flag=${this._flag}
            @nc-close=${()=>{this._ask("close-panel"),this.focusFlag()}}
          ></nc-flag-panel>`:m}
    `}_renderFlag(C,V){let L=this.view;if(!L.canChange||L.preview)return m;if(V)return a`<span class="slot"></span>`;let r=C.list_entry?.action==="flag",e=L.localize("action.flag");return a`<button
      class="icon-button flag"
      title=${e}
      aria-label=${e}
      aria-pressed=${String(r)}
      aria-expanded=${String(this.flagging)}
      ?disabled=${this.busy}
      @click=${()=>this._ask("toggle-panel")}
    >
      ${Z(r?d2:x1)}
    </button>`}};F.styles=[O,$,S5],l([v({attribute:!1})],F.prototype,"caller",2),l([v({attribute:!1})],F.prototype,"view",2),l([v({attribute:!1})],F.prototype,"flash",2),l([v({attribute:!1})],F.prototype,"busy",2),l([v({attribute:!1})],F.prototype,"flagging",2);function e2(M,H,C){let V=H.action==="flag";return H.by_user&&H.by_user!==C.userId?M(V?"on.list.flag_by":"on.list.allow_by",{name:H.by_name||"?"}):H.by_user?M(V?"on.list.flag":"on.list.allow"):M(V?"on.list.flagged":"on.list.allowed")}b("nc-caller-row",F);var o3="anonymous",a3=new Set(["fixed_line","mobile","fixed_line_or_mobile","toll_free","premium_rate","shared_cost","voip","personal_number","pager","uan","voicemail","invalid"]),D=class extends u{constructor(){super(...arguments);this.busy=!1;this.flagging=!1;this.confirming=!1}_ask(C){S(this,"nc-row-action",{kind:C,caller:this.detail})}shouldUpdate(){return this.detail!==void 0&&this.view!==void 0}firstUpdated(){this.renderRoot.querySelector("button.back")?.focus()}updated(C){C.has("confirming")&&this.confirming?this.renderRoot.querySelector("button.confirm")?.focus():C.has("confirming")&&C.get("confirming")===!0&&this.renderRoot.querySelector("button.reset")?.focus()}render(){let C=this.detail,V=this.view,{localize:L,language:r,timeZone:e,lines:o,tagText:t}=V,A=C.number===o3,n=A?L("anonymous"):C.label||C.formatted_number,d=C.list_entry,p=(s,g)=>o.find(y=>y.entry_id===s)?.title??g,i=o.length>1?"wide":"hidden",x=s=>s?J(s,r,e):"—";return a`
      <div class="page-head">
        <button
          class="icon-button back"
          title=${L("caller.back")}
          aria-label=${L("caller.back")}
          @click=${()=>S(this,"nc-back",void 0)}
        >
          ${Z(i2)}
        </button>
        <div class="who">
          <h2 class="name">${n}</h2>
          ${C.label&&!A?a`<div class="number">${C.formatted_number}</div>`:m}
          ${this._renderHint(C)}
        </div>
        <span class="verdict verdict-${C.verdict}"
          >${L(`verdict.${C.verdict}`)}</span
        >
      </div>
      <dl class="facts">
        <dt>${L("caller.calls")}</dt>
        <dd>
          ${[j(L,r,"calls",C.count),L("answered",{n:C.answered}),L("missed",{n:C.missed}),C.stopped?L("stopped",{n:C.stopped}):""].filter(Boolean).join(" · ")}
        </dd>
        <dt>${L("caller.first")}</dt>
        <dd>${x(C.first_seen)}</dd>
        <dt>${L("last.call")}</dt>
        <dd>${x(C.last_seen)}</dd>
        ${C.tags.length?a`<dt>${L("caller.tags")}</dt>
              <dd>${C.tags.map(s=>t(s)).join(", ")}</dd>`:m}
        ${C.sources.length?a`<dt>${L("caller.sources")}</dt>
              <dd>${C.sources.join(", ")}</dd>`:m}
        ${d?a`<dt>${L("caller.list")}</dt>
              <dd>
                ${e2(L,d,V)}${d.added?` · ${J(d.added,r,e)}`:""}
              </dd>`:m}
      </dl>
      ${this._renderActions(C,A)}
      <h3 class="calls-title">${L("caller.history",{n:C.calls.length})}</h3>
      ${C.calls.length?a`<table class="calls">
            <thead>
              <tr>
                <th scope="col">${L("caller.col.time")}</th>
                <th scope="col">${L("caller.col.outcome")}</th>
                <th scope="col">${L("caller.col.verdict")}</th>
                <th scope="col" class=${i}>${L("editor.line")}</th>
              </tr>
            </thead>
            <tbody>
              ${C.calls.map(s=>a`<tr class="call outcome-${s.outcome}">
                  <td>${J(s.time,r,e)}</td>
                  <td>
                    ${L(`outcome.${s.outcome}`)}${s.duration?` (${L("duration",{s:s.duration})})`:""}
                  </td>
                  <td>
                    ${s.verdict?L(`verdict.${s.verdict}`):""}${s.tags.length?` · ${s.tags.map(g=>t(g)).join(", ")}`:""}
                  </td>
                  <td class=${i}>${p(s.entry_id,s.line)}</td>
                </tr>`)}
            </tbody>
          </table>`:a`<div class="message">${L("caller.no_calls")}</div>`}
    `}_renderHint(C){let V=C.hint,{localize:L}=this.view,r=V&&a3.has(V.kind)?L(`hint.kind.${V.kind}`):"",e=[V?.where??"",r].filter(Boolean).join(" · ");return e?a`<div class="hint" title=${L("hint.label")}>
          <span class="sr-only">${L("hint.label")}: </span>${e}
        </div>`:m}_renderActions(C,V){let L=this.view,{localize:r}=L,e=C.list_entry,o=L.canChange&&!L.preview,t=(A,n,d,p)=>a`
      <button class="text-button ${A}" ?disabled=${this.busy} @click=${p}>
        ${Z(d)}<span>${r(n)}</span>
      </button>
    `;return a`
      <div class="page-actions">
        ${o&&!V?a`
              ${t("flag","action.flag",x1,()=>this._ask("toggle-panel"))}
              ${e?.action!=="allow"?t("allow","action.allow",o2,()=>this._ask("allow")):m}
              ${e?t("unflag","action.unflag",p2,()=>this._ask("unflag")):m}
            `:m}
        ${o&&!this.confirming?t("reset","action.reset",c2,()=>this._ask("ask-reset")):m}
        ${t("export","caller.export",v1,()=>S(this,"nc-export",C.number))}
      </div>
      ${this.confirming?a`<div class="confirm-row" role="alertdialog" aria-labelledby="confirm-text">
            <span id="confirm-text">${r("reset.question")}</span>
            <button class="text-button confirm" ?disabled=${this.busy} @click=${()=>this._ask("reset")}>
              ${r("action.reset_confirm")}
            </button>
            <button class="text-button cancel-reset" @click=${()=>this._ask("cancel-reset")}>
              ${r("cancel")}
            </button>
          </div>`:m}
      ${this.flagging?a`<nc-flag-panel
            class="panel"
            .entry=${e}
            .view=${L}
            @nc-flag=${A=>S(this,"nc-row-action",{kind:"flag",caller:C,...A.detail})}
            @nc-close=${()=>{this._ask("close-panel"),this.renderRoot.querySelector("button.flag")?.focus()}}
          ></nc-flag-panel>`:m}
    `}};D.styles=[O,$,H1,g5],l([v({attribute:!1})],D.prototype,"detail",2),l([v({attribute:!1})],D.prototype,"view",2),l([v({attribute:!1})],D.prototype,"busy",2),l([v({attribute:!1})],D.prototype,"flagging",2),l([v({attribute:!1})],D.prototype,"confirming",2);b("nc-caller-page",D);var L1=class extends u{constructor(){super(...arguments);this.days=[]}shouldUpdate(){return this.view!==void 0}render(){let C=this.days;if(!C.length)return m;let{localize:V,language:L}=this.view,r=Math.max(1,...C.map(i=>i.calls)),e=C.reduce((i,x)=>i+x.calls,0),o=C.reduce((i,x)=>i+x.nuisance,0),t=C.reduce((i,x)=>i+x.stopped,0),A=C[C.length-1],n=i=>i.toLocaleString(L),d=V("chart.summary",{days:C.length,calls:n(e),nuisance:n(o),stopped:n(t)}),p=i=>`${100*i/r}%`;return a`
      <div class="head">
        <span class="title">${V("chart.title",{days:C.length})}</span>
        <span class="today"
          >${V("chart.today",{calls:n(A.calls),nuisance:n(A.nuisance)})}</span
        >
      </div>
      <div class="plot" role="img" aria-label=${d}>
        <span class="top" aria-hidden="true">${n(r)}</span>
        ${C.map(i=>{let x=V("chart.day",{date:C1(i.date,L),calls:n(i.calls),nuisance:n(i.nuisance),stopped:n(i.stopped)}),s=Math.max(0,i.calls-i.nuisance),g=Math.max(0,i.nuisance-i.stopped);return a`<div class="day" title=${x} data-date=${i.date}>
            <div class="bar other" style="height:${p(s)}"></div>
            <div class="bar nuisance" style="height:${p(g)}"></div>
            <div class="bar stopped" style="height:${p(Math.min(i.stopped,i.calls))}"></div>
          </div>`})}
      </div>
      <div class="axis" aria-hidden="true">
        <span>${C1(C[0].date,L)}</span>
        <span>${C1(A.date,L)}</span>
      </div>
      <div class="legend" aria-hidden="true">
        <span><i class="swatch other"></i>${V("chart.rest")}</span>
        <span><i class="swatch nuisance"></i>${V("chart.nuisance")}</span>
        ${t?a`<span><i class="swatch stopped"></i>${V("chart.stopped")}</span>`:m}
      </div>
    `}};L1.styles=[O,h5],l([v({attribute:!1})],L1.prototype,"days",2),l([v({attribute:!1})],L1.prototype,"view",2);b("nc-chart",L1);var k5=["var(--primary-color)","var(--orange-color, #ff9800)","var(--teal-color, #009688)","var(--purple-color, #926bc7)","var(--pink-color, #e91e63)","var(--light-green-color, #8bc34a)"],t2="",P=class extends u{constructor(){super(...arguments);this.labels=[];this.search="";this.groupPeriod="all"}shouldUpdate(){return this.view!==void 0}render(){if(this.group)return this._renderGroup(this.group);let{localize:C,language:V,now:L}=this.view,r=this.search.trim(),e=this.labels;if(!e.length)return a`<div class="message">
        ${r?C("empty.search",{search:r}):C("empty.labels")}
      </div>`;let o=this.since?C1(this.since,V):"",t=Math.max(1,...e.map(A=>A.calls_since));return a`<div class="list" role="list">
      ${p1(e,A=>A.label,A=>a`
          <button
            class="row label-row verdict-${A.verdict}"
            role="listitem"
            title=${C("labels.show")}
            @click=${()=>S(this,"nc-show-label",A.label)}
          >
            <div class="badge">${Z(_1)}</div>
            <div class="info">
              <div class="primary">${A.label}</div>
              <div class="secondary">
                ${[j(C,V,"numbers",A.callers),C("labels.total",{n:A.count.toLocaleString(V)}),A.last_seen?F1(A.last_seen,V,L):""].filter(Boolean).join(" · ")}
              </div>
            </div>
            <div class="bar-track" aria-hidden="true">
              <div class="bar" style="width:${100*A.calls_since/t}%"></div>
            </div>
            <div class="tally">
              <div class="count">${A.calls_since.toLocaleString(V)}</div>
              <div class="split">${C("labels.since",{date:o})}</div>
            </div>
            <span class="chevron">${Z(r1)}</span>
          </button>
        `)}
    </div>`}_renderGroup(C){let{localize:V,language:L}=this.view,r=this.search.trim(),e=C.members??[t2],o=C.members?.length??C.households,t=V(`group.period.${this.groupPeriod}`),A=a`<div class="group-caption">
      ${V("group.caption",{n:o.toLocaleString(L),period:t})}
    </div>`;if(!C.companies.length)return a`${A}
        <div class="message">
          ${r?V("empty.search",{search:r}):V("group.empty")}
        </div>`;let n=Math.max(1,...C.companies.map(d=>d.calls));return a`${A}
      <div class="list" role="list">
        ${p1(C.companies,d=>d.key,d=>this._renderGroupRow(d,e,o,n))}
      </div>`}_renderGroupRow(C,V,L,r){let{localize:e,language:o}=this.view,t=i=>i.toLocaleString(o),A=i=>i===t2?e("group.you"):i,n=i=>k5[i%k5.length],d=V.map((i,x)=>({member:i,calls:C.by_household[i]??0,colour:n(x)})),p=a`
      <div class="badge">${Z(_1)}</div>
      <div class="info">
        <div class="primary">${C.company}</div>
        <div class="bar-track stacked" aria-hidden="true">
          ${d.map(i=>i.calls?a`<div
                  class="segment"
                  style="width:${100*i.calls/r}%;background:${i.colour}"
                ></div>`:m)}
        </div>
        <div class="parts" title=${e("group.parts")}>
          ${d.map((i,x)=>a`${x?" ":""}<span class="part"
                  >${x?"· ":""}<span
                    class="swatch"
                    style="background:${i.colour}"
                  ></span
                  >${A(i.member)} ${t(i.calls)}</span
                >`)}
        </div>
      </div>
      <div class="tally">
        <div class="count">${t(C.calls)}</div>
        <div class="split">
          ${e("group.households",{n:t(C.households),total:t(L)})}
        </div>
      </div>
    `;return C.by_household[t2]?a`<button
          class="row label-row group-row verdict-nuisance"
          role="listitem"
          data-company=${C.key}
          title=${e("group.show")}
          @click=${()=>S(this,"nc-show-label",C.company)}
        >
          ${p}<span class="chevron">${Z(r1)}</span>
        </button>`:a`<div class="row group-row verdict-nuisance" role="listitem" data-company=${C.key}>
          ${p}
        </div>`}};P.styles=[O,D1,O5],l([v({attribute:!1})],P.prototype,"labels",2),l([v({attribute:!1})],P.prototype,"search",2),l([v({attribute:!1})],P.prototype,"since",2),l([v({attribute:!1})],P.prototype,"view",2),l([v({attribute:!1})],P.prototype,"group",2),l([v({attribute:!1})],P.prototype,"groupPeriod",2);b("nc-companies",P);var A3=["all","year","30d","7d"],d3=["all","year","90_days","30_days"],p3=["calls","households","company"],c=class extends u{constructor(){super(...arguments);this.search="";this.sort="count";this.descending=!0;this.sortable=!0;this.pickLine=!1;this.period="all";this.tags=[];this.group=!1;this.groupSort="calls";this.groupDescending=!0;this.groupPeriod="all"}_change(C){S(this,"nc-query",C)}shouldUpdate(){return this.view!==void 0}render(){let{localize:C,lines:V}=this.view,L=C(this.descending?"sort.descending":"sort.ascending");return a`
      <label class="search">
        ${Z(m2)}
        <input
          type="search"
          .value=${this.search}
          placeholder=${C("search")}
          aria-label=${C("search")}
          @input=${r=>this._change({search:r.target.value})}
        />
        ${this.search?a`<button
              class="icon-button"
              title=${C("search.clear")}
              aria-label=${C("search.clear")}
              @click=${()=>this._change({search:"",immediate:!0})}
            >
              ${Z(A2)}
            </button>`:m}
      </label>
      ${this.group?this._renderGroup():m}
      ${this.sortable?a`
            <div class="sort">
              <select
                aria-label=${C("sort.by")}
                @change=${r=>this._change({sort:r.target.value})}
              >
                ${m1.map(r=>a`<option value=${r} ?selected=${r===this.sort}>
                      ${C(`sort.${r}`)}
                    </option>`)}
              </select>
              <button
                class="icon-button"
                title=${L}
                aria-label=${L}
                @click=${()=>this._change({descending:!this.descending})}
              >
                ${Z(this.descending?W1:N1)}
              </button>
            </div>
          `:m}
      ${this.sortable?a`
            <select
              class="period"
              aria-label=${C("period")}
              @change=${r=>this._change({period:r.target.value})}
            >
              ${A3.map(r=>a`<option value=${r} ?selected=${r===this.period}>
                    ${C(`period.${r}`)}
                  </option>`)}
            </select>
            ${this.tags.length?a`<select
                  class="tag"
                  aria-label=${C("filter.tag")}
                  @change=${r=>this._change({tag:r.target.value||void 0})}
                >
                  <option value="" ?selected=${!this.tag}>${C("filter.tag_all")}</option>
                  ${this.tags.map(r=>a`<option value=${r} ?selected=${r===this.tag}>
                        ${this.view?.tagText(r)??r}
                      </option>`)}
                </select>`:m}
          `:m}
      ${this.pickLine?a`
            <select
              aria-label=${C("editor.line")}
              @change=${r=>this._change({line:r.target.value||void 0})}
            >
              <option value="" ?selected=${!this.line}>${C("line.all")}</option>
              ${V.map(r=>a`<option value=${r.entry_id} ?selected=${r.entry_id===this.line}>
                    ${r.title}
                  </option>`)}
            </select>
          `:m}
    `}_renderGroup(){let{localize:C}=this.view,V=C(this.groupDescending?"sort.descending":"sort.ascending");return a`
      <div class="sort">
        <select
          class="group-sort"
          aria-label=${C("sort.by")}
          @change=${L=>this._change({groupSort:L.target.value})}
        >
          ${p3.map(L=>a`<option value=${L} ?selected=${L===this.groupSort}>
                ${C(`group.sort.${L}`)}
              </option>`)}
        </select>
        <button
          class="icon-button group-direction"
          title=${V}
          aria-label=${V}
          @click=${()=>this._change({groupDescending:!this.groupDescending})}
        >
          ${Z(this.groupDescending?W1:N1)}
        </button>
      </div>
      <select
        class="group-period"
        aria-label=${C("period")}
        @change=${L=>this._change({groupPeriod:L.target.value})}
      >
        ${d3.map(L=>a`<option value=${L} ?selected=${L===this.groupPeriod}>
              ${C(`group.period.${L}`)}
            </option>`)}
      </select>
    `}};c.styles=[O,$,c5],l([v({attribute:!1})],c.prototype,"view",2),l([v({attribute:!1})],c.prototype,"search",2),l([v({attribute:!1})],c.prototype,"sort",2),l([v({attribute:!1})],c.prototype,"descending",2),l([v({attribute:!1})],c.prototype,"line",2),l([v({attribute:!1})],c.prototype,"sortable",2),l([v({attribute:!1})],c.prototype,"pickLine",2),l([v({attribute:!1})],c.prototype,"period",2),l([v({attribute:!1})],c.prototype,"tag",2),l([v({attribute:!1})],c.prototype,"tags",2),l([v({attribute:!1})],c.prototype,"group",2),l([v({attribute:!1})],c.prototype,"groupSort",2),l([v({attribute:!1})],c.prototype,"groupDescending",2),l([v({attribute:!1})],c.prototype,"groupPeriod",2);b("nc-toolbar",c);var E1=new WeakMap,y5=new Map;function n3(M){let H=E1.get(M);if(!H){let C=H5(M);C.catch(()=>{E1.get(M)===C&&E1.delete(M)}),E1.set(M,C),H=C}return H}function m3(M){let H=M.language,C=y5.get(H);return C||(C=Promise.resolve().then(()=>L5(M)).catch(()=>{}),y5.set(H,C)),C}var $1=class{constructor(H){this.flag=[];this.revision=0;this.known=[];this.text=H=>{let C=M5(H);return this.localize?.(C)||this.loaded?.(C)||H};this.load=()=>{let H=this.connection;!H||this.loadedFrom===H||n3(H).then(C=>{this.connection===H&&(this.loadedFrom=H,this.flag=C.flag,this.known=C.known,this.host.requestUpdate())},()=>{})};this.host=H,H.addController(this)}hostConnected(){this.connection?.addEventListener("ready",this.load),this.load()}hostDisconnected(){this.connection?.removeEventListener("ready",this.load)}set hass(H){if(H.localize!==this.localize&&(this.localize=H.localize,this.revision+=1,this.host.requestUpdate()),H.language!==this.language){let C=H.language;this.language=C,this.loaded=void 0,m3(H).then(V=>{V&&this.language===C&&(this.loaded=V,this.revision+=1,this.host.requestUpdate())})}H.connection!==this.connection&&(this.hostDisconnected(),this.connection=H.connection,this.host.isConnected&&this.hostConnected())}};var k=class extends u{constructor(){super(...arguments);this.preview=!1;this._language="en";this._callers=new R1(this);this._actions=new P1(this,()=>this._localize);this._tags=new $1(this);this._detailRequest=0;this._onTabKey=C=>{let V=w.indexOf(this._callers.filter),L={ArrowRight:V+1,ArrowLeft:V-1,Home:0,End:w.length-1};if(C.key in L){C.preventDefault();let r=(L[C.key]+w.length)%w.length;this._selectTab(w[r],!0)}};this._onQuery=C=>{this._callers.changeQuery(C.detail)};this._onRowAction=C=>{let V=C.detail;if(V.kind==="open"){this._actions.closePanel(),this._open=V.caller.number,this._detail=void 0,this._loadDetail(V.caller.number);return}this._actions.handle(V)};this._back=()=>{let C=this._open;this._open=void 0,this._detail=void 0,this._actions.closePanel(),this.updateComplete.then(()=>this.renderRoot.querySelector(`nc-caller-row[data-number="${CSS.escape(C??"")}"]`)?.shadowRoot?.querySelector("button.open")?.focus())};this._export=async C=>{let V=this._hass?.connection;if(!V)return;let L=C.detail;try{let r=await C5(V,L),e=new Date().toISOString().slice(0,10),o=L?L.replace(/[^0-9a-z+]/gi,""):"all";o5(`nuisance-calls-${o}-${e}.csv`,r.csv)}catch(r){this._notify(this._localize("error.action",{action:this._localize("caller.export"),message:z(r)}))}};this._onShowLabel=C=>{this._actions.closePanel(),this._callers.showLabel(C.detail)}}static getStubConfig(){return m5()}static getConfigForm(){return l5()}setConfig(C){H2(C);let V=this._config;this._config=C,(!V||V.filter!==C.filter||V.sort!==C.sort||V.line!==C.line||V.max_rows!==C.max_rows||V.show_chart!==C.show_chart||V.compact!==C.compact)&&this._callers.configure(C)}getCardSize(){let C=this._callers,V=C.filter==="labels"?C.companiesShown:Math.min(C.callers.length,C.limit);return 2+(C.chart?3:0)+Math.max(1,V)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}set hass(C){let V=!this._hass;this._hass=C;let L=C.locale?.language??C.language??"en";n5(L),this._language=L,this._actions.hass=C,this._tags.hass=C,this._callers.setConnection(C.connection),this._config?.compact&&(this._ringingNow=this._ringing()),V&&(this._callers.onPush=r=>{this._open&&r.includes(this._open)&&this._loadDetail(this._open)})}get hass(){return this._hass}_selectTab(C,V=!1){this._open=void 0,C!==this._callers.filter&&(this._actions.closePanel(),this._callers.selectTab(C)),V&&this.updateComplete.then(()=>this.renderRoot.querySelector(`.tab[data-tab="${C}"]`)?.focus())}async _loadDetail(C){let V=this._hass?.connection;if(!V)return;let L=++this._detailRequest;try{let r=await J2(V,C);L===this._detailRequest&&this._open===C&&(this._detail=r)}catch(r){this._notify(this._localize("error.load",{message:z(r)}))}}_notify(C){this.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:C},bubbles:!0,composed:!0}))}get _localize(){return G(this._language)}shouldUpdate(C){return this._config!==void 0||C.has("_config")}_view(){let C=this._makeView(),V=this._lastView;return V&&Object.keys(C).every(L=>L==="localize"||V[L]===C[L])?V:(this._lastView=C,C)}_makeView(){let C=this._callers;return{localize:this._localize,language:this._language,now:C.now,timeZone:this._hass?.config?.time_zone,lines:C.lines,tagText:this._tags.text,flagTags:this._tags.flag,textsRevision:this._tags.revision,canChange:this._hass?.user?.is_admin??!1,userId:this._hass?.user?.id,preview:this.preview}}render(){let C=this._view(),{localize:V}=C,L=this._config,r=this._callers,e=r.filter==="labels",o=L.title??V("title");return L.compact&&!this._open?this._renderCompact(C,o):a`
      <ha-card .header=${o||void 0}>
        <div class="frame" ?inert=${this.preview}>
          ${r.chart?a`<nc-chart .days=${r.days} .view=${C}></nc-chart>`:m}
          <div class="tabs" role="tablist" aria-label=${V("tabs")} @keydown=${this._onTabKey}>
            ${w.map(t=>{let A=t===r.filter;return a`
                <button
                  class="tab"
                  role="tab"
                  id="tab-${t}"
                  data-tab=${t}
                  aria-selected=${A?"true":"false"}
                  aria-controls="panel"
                  tabindex=${A?"0":"-1"}
                  @click=${()=>this._selectTab(t)}
                >
                  ${V(`tab.${t}`)}
                </button>
              `})}
          </div>
          <div id="panel" role="tabpanel" aria-labelledby="tab-${r.filter}">
            ${this._open?this._renderCaller(C):a`
                  <nc-toolbar
                    .view=${C}
                    .search=${r.search}
                    .sort=${r.sort}
                    .descending=${r.descending}
                    .line=${r.line}
                    .period=${r.period}
                    .tag=${r.tag}
                    .tags=${this._tags.known}
                    .sortable=${!e}
                    .group=${e&&r.group!==void 0}
                    .groupSort=${r.groupSort}
                    .groupDescending=${r.groupDescending}
                    .groupPeriod=${r.groupPeriod}
                    .pickLine=${!e&&r.lines.length>1&&!L.line}
                    @nc-query=${this._onQuery}
                  ></nc-toolbar>
                  <div class="content">${this._renderContent(C,e)}</div>
                  ${this._renderFooter(C)}
                `}
          </div>
          <div class="sr-only" aria-live="polite">${r.announce}</div>
        </div>
      </ha-card>
    `}_ringing(){let C=this._hass;if(!(!C?.entities||!C.states))for(let[V,L]of Object.entries(C.entities)){if(L.platform!=="nuisance_calls"||!V.startsWith("event."))continue;let r=C.states[V],e=r?.attributes.event_type,o=Date.parse(r?.state??"");if((e==="incoming_call"||e==="nuisance_call")&&Date.now()-o<3e5){let t=r.attributes;return String(t.label||t.number||this._localize("anonymous"))}}}_renderCompact(C,V){let{localize:L,language:r}=C,e=this._callers,o=e.filter==="labels",t=e.days[e.days.length-1],A=this._ringingNow,n=p=>p.toLocaleString(r),d=o?e.group?e.group.companies.map(p=>({key:p.key,name:p.company,count:p.calls})):e.labels.map(p=>({key:p.label,name:p.label,count:p.calls_since})):e.callers.map(p=>({key:p.number,name:p.number==="anonymous"?L("anonymous"):p.label||p.formatted_number,count:p.count}));return a`
      <ha-card .header=${V||void 0}>
        <div class="frame compact" ?inert=${this.preview}>
          ${t?a`<div class="today-line">
                ${L("chart.today",{calls:n(t.calls),nuisance:n(t.nuisance)})}
              </div>`:m}
          ${A?a`<div class="ringing" role="status">${L("ringing",{name:A})}</div>`:m}
          ${e.loaded?d.length?a`<ol class="top">
                  ${d.map(p=>a`<li>
                      <span class="name">${p.name}</span><span class="top-count">${n(p.count)}</span>
                    </li>`)}
                </ol>`:a`<div class="message">${L("empty.callers")}</div>`:a`<div class="message" role="status">${L("loading")}</div>`}
        </div>
      </ha-card>
    `}_renderCaller(C){let V=this._detail;if(!V)return a`<div class="message" role="status">${C.localize("loading")}</div>`;let L=this._actions;return a`<nc-caller-page
      .detail=${V}
      .view=${C}
      .busy=${L.busy.has(V.number)}
      .flagging=${L.flagging===V.number}
      .confirming=${L.confirmReset===V.number}
      @nc-row-action=${this._onRowAction}
      @nc-back=${this._back}
      @nc-export=${this._export}
    ></nc-caller-page>`}_renderContent(C,V){let{localize:L}=C,r=this._callers,e=r.error;if(e)return a`<div class="message error" role="alert">
        ${e.notSetUp?L("error.not_set_up"):L("error.load",{message:e.message})}
      </div>`;let o=r.shownFilter===void 0||r.shownFilter==="labels"!==V,t=V?!r.companiesShown:!r.callers.length;if(!r.loaded||o||r.loading&&t)return a`<div class="message" role="status">${L("loading")}</div>`;if(V)return a`<nc-companies
        .labels=${r.labels}
        .search=${r.shownSearch}
        .since=${r.since}
        .group=${r.group}
        .groupPeriod=${r.groupShownPeriod}
        .view=${C}
        @nc-show-label=${this._onShowLabel}
      ></nc-companies>`;if(!r.callers.length){let n=r.shownSearch,d=r.filter!=="all"||r.period!=="all"||r.tag||r.line;return a`<div class="message empty">
        ${n?L("empty.search",{search:n}):d?L("empty.filtered"):a`<p><strong>${L("empty.callers")}</strong></p>
                <p>${L("empty.explain")}</p>`}
      </div>`}let A=this._actions;return a`<div class="list" role="list" @nc-row-action=${this._onRowAction}>
      ${p1(r.callers,n=>n.number,n=>a`<nc-caller-row
          .caller=${n}
          .view=${C}
          .flash=${r.flash.has(n.number)}
          .busy=${A.busy.has(n.number)}
          .flagging=${A.flagging===n.number}
        ></nc-caller-row>`)}
    </div>`}_renderFooter(C){let{localize:V,language:L}=C,r=this._callers,e=r.filter==="labels",o=e?r.companiesShown:r.callers.length,t=e?r.labelsTotal:r.total;if(r.error||o===0)return m;let A=r.offset+1,n=r.offset+o,d=(p,i,x,s)=>a`
      <button
        class="icon-button page-${p<0?"back":"on"}"
        title=${V(i)}
        aria-label=${V(i)}
        ?disabled=${!s}
        @click=${()=>{this._actions.closePanel(),this._callers.turnPage(p)}}
      >
        ${Z(x)}
      </button>
    `;return a`
      <div class="footer">
        <span class="range" role="status"
          >${V("showing",{first:A.toLocaleString(L),last:n.toLocaleString(L),total:t.toLocaleString(L)})}</span
        >
        <span class="pager">
          ${d(-1,"page.back",a2,r.offset>0)}
          ${d(1,"page.on",r1,r.hasNext)}
        </span>
        ${e?m:a`<button
              class="icon-button export-all"
              title=${V("export.all")}
              aria-label=${V("export.all")}
              @click=${()=>{this._export(new CustomEvent("nc-export",{detail:void 0}))}}
            >
              ${Z(v1)}
            </button>`}
      </div>
    `}};k.styles=[O,H1,$,D1,u5],l([v({type:Boolean})],k.prototype,"preview",2),l([K()],k.prototype,"_config",2),l([K()],k.prototype,"_language",2),l([K()],k.prototype,"_open",2),l([K()],k.prototype,"_detail",2),l([K()],k.prototype,"_ringingNow",2);if(!customElements.get(X)){b(X,k);let M=new URL(import.meta.url).searchParams.get("v")??"dev";console.info(`nuisance-calls-card ${M}`)}window.customCards=window.customCards??[];window.customCards.some(M=>M.type===X)||window.customCards.push({type:X,get name(){return G(n1())("title")},get description(){return G(n1())("description")},preview:!0,documentationURL:"https://github.com/nuisance-calls/nuisance_calls#the-card"});
