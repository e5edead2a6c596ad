/*! nuisance-calls-card, built from frontend/ (npm ci && npm run build); do not edit. Lit: BSD-3-Clause; MDI icons: Apache-2.0. */
var b5=Object.defineProperty;var k5=Object.getOwnPropertyDescriptor;var l=(L,C,H,V)=>{for(var M=V>1?void 0:V?k5(C,H):C,r=L.length-1,e;r>=0;r--)(e=L[r])&&(M=(V?e(C,H,M):e(M))||M);return V&&M&&b5(C,H,M),M};var L2="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z";var M2="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M12 20C7.59 20 4 16.41 4 12S7.59 4 12 4 20 7.59 20 12 16.41 20 12 20M16.59 7.58L10 14.17L7.41 11.59L6 13L10 17L18 9L16.59 7.58Z";var r2="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z";var n1="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var e2="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var t2="M18,15H16V17H18M18,11H16V13H18M20,19H12V17H14V15H12V13H14V11H12V9H20M10,7H8V5H10M10,11H8V9H10M10,15H8V13H10M10,19H8V17H10M6,7H4V5H6M6,11H4V9H6M6,15H4V13H6M6,19H4V17H6M12,7V3H2V21H22V7H12Z";var l1="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z";var i2="M14.4,6L14,4H5V21H7V14H12.6L13,16H20V6H14.4Z";var v1="M12.36,6L12.76,8H18V14H14.64L14.24,12H7V6H12.36M14,4H5V21H7V14H12.6L13,16H20V6H14.4";var o2="M13 16L12.6 14H7V21H5V4H14L14.4 6H20V13.09C19.67 13.04 19.34 13 19 13C18.66 13 18.33 13.04 18 13.09V8H12.76L12.36 6H7V12H14.24L14.64 14H15.69C14.92 14.5 14.27 15.2 13.81 16H13M21.12 15.46L19 17.59L16.88 15.46L15.47 16.88L17.59 19L15.47 21.12L16.88 22.54L19 20.41L21.12 22.54L22.54 21.12L20.41 19L22.54 16.88L21.12 15.46Z";var a2="M17.06 13C15.2 13 13.64 14.33 13.24 16.1C12.29 15.69 11.42 15.8 10.76 16.09C10.35 14.31 8.79 13 6.94 13C4.77 13 3 14.79 3 17C3 19.21 4.77 21 6.94 21C9 21 10.68 19.38 10.84 17.32C11.18 17.08 12.07 16.63 13.16 17.34C13.34 19.39 15 21 17.06 21C19.23 21 21 19.21 21 17C21 14.79 19.23 13 17.06 13M6.94 19.86C5.38 19.86 4.13 18.58 4.13 17S5.39 14.14 6.94 14.14C8.5 14.14 9.75 15.42 9.75 17S8.5 19.86 6.94 19.86M17.06 19.86C15.5 19.86 14.25 18.58 14.25 17S15.5 14.14 17.06 14.14C18.62 14.14 19.88 15.42 19.88 17S18.61 19.86 17.06 19.86M22 10.5H2V12H22V10.5M15.53 2.63C15.31 2.14 14.75 1.88 14.22 2.05L12 2.79L9.77 2.05L9.72 2.04C9.19 1.89 8.63 2.17 8.43 2.68L6 9H18L15.56 2.68L15.53 2.63Z";var A2="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var d2="M6.62 10.79C8.06 13.62 10.38 15.94 13.21 17.38L15.41 15.18C15.69 14.9 16.08 14.82 16.43 14.93C17.55 15.3 18.75 15.5 20 15.5C20.55 15.5 21 15.95 21 16.5V20C21 20.55 20.55 21 20 21C10.61 21 3 13.39 3 4C3 3.45 3.45 3 4 3H7.5C8.05 3 8.5 3.45 8.5 4C8.5 5.25 8.7 6.45 9.07 7.57C9.18 7.92 9.1 8.31 8.82 8.59L6.62 10.79M16.5 2C14 2 12 4 12 6.5S14 11 16.5 11 21 9 21 6.5 19 2 16.5 2M16.5 9.5C14.84 9.5 13.5 8.16 13.5 6.5C13.5 5.94 13.65 5.42 13.92 5L18 9.08C17.58 9.35 17.06 9.5 16.5 9.5M19.08 8L15 3.92C15.42 3.65 15.94 3.5 16.5 3.5C18.16 3.5 19.5 4.84 19.5 6.5C19.5 7.06 19.35 7.58 19.08 8Z";var p2="M6.62 10.79A15.1 15.1 0 0 0 13.21 17.38L15.41 15.18A1 1 0 0 1 16.41 14.93A11.36 11.36 0 0 0 20 15.5A1 1 0 0 1 21 16.5V20A1 1 0 0 1 20 21A17 17 0 0 1 3 4A1 1 0 0 1 4 3H7.5A1 1 0 0 1 8.5 4A11.36 11.36 0 0 0 9.07 7.57A1 1 0 0 1 8.82 8.57M21.71 4.71L20.29 3.29L15 8.59L12.71 6.29L11.29 7.71L15 11.41Z";var m2="M12,9C10.4,9 8.85,9.25 7.4,9.72V12.82C7.4,13.22 7.17,13.56 6.84,13.72C5.86,14.21 4.97,14.84 4.17,15.57C4,15.75 3.75,15.86 3.5,15.86C3.2,15.86 2.95,15.74 2.77,15.56L0.29,13.08C0.11,12.9 0,12.65 0,12.38C0,12.1 0.11,11.85 0.29,11.67C3.34,8.77 7.46,7 12,7C16.54,7 20.66,8.77 23.71,11.67C23.89,11.85 24,12.1 24,12.38C24,12.65 23.89,12.9 23.71,13.08L21.23,15.56C21.05,15.74 20.8,15.86 20.5,15.86C20.25,15.86 20,15.75 19.82,15.57C19.03,14.84 18.14,14.21 17.16,13.72C16.83,13.56 16.6,13.22 16.6,12.82V9.72C15.15,9.25 13.6,9 12,9Z";var n2="M4,3A1,1 0 0,0 3,4A17,17 0 0,0 20,21A1,1 0 0,0 21,20V16.5A1,1 0 0,0 20,15.5C18.75,15.5 17.55,15.3 16.43,14.93C16.08,14.82 15.69,14.9 15.41,15.17L13.21,17.37C10.38,15.93 8.06,13.62 6.62,10.78L8.82,8.57C9.1,8.31 9.18,7.92 9.07,7.57C8.7,6.45 8.5,5.25 8.5,4A1,1 0 0,0 7.5,3H4M19,11V9.5H15.5L21,4L20,3L14.5,8.5V5H13V11H19Z";var l2="M23.71,16.67C20.66,13.77 16.54,12 12,12C7.46,12 3.34,13.77 0.29,16.67C0.11,16.85 0,17.1 0,17.38C0,17.65 0.11,17.9 0.29,18.08L2.77,20.56C2.95,20.74 3.2,20.86 3.5,20.86C3.75,20.86 4,20.75 4.18,20.57C4.97,19.83 5.86,19.21 6.84,18.72C7.17,18.56 7.4,18.22 7.4,17.82V14.72C8.85,14.25 10.39,14 12,14C13.6,14 15.15,14.25 16.6,14.72V17.82C16.6,18.22 16.83,18.56 17.16,18.72C18.14,19.21 19.03,19.83 19.82,20.57C20,20.75 20.25,20.86 20.5,20.86C20.8,20.86 21.05,20.74 21.23,20.56L23.71,18.08C23.89,17.9 24,17.65 24,17.38C24,17.1 23.89,16.85 23.71,16.67M6.5,5.5L12,11L19,4L18,3L12,9L7.5,4.5H11V3H5V9H6.5V5.5Z";var v2="M20,15.5C18.8,15.5 17.5,15.3 16.4,14.9C16.3,14.9 16.2,14.9 16.1,14.9C15.8,14.9 15.6,15 15.4,15.2L13.2,17.4C10.4,15.9 8,13.6 6.6,10.8L8.8,8.6C9.1,8.3 9.2,7.9 9,7.6C8.7,6.5 8.5,5.2 8.5,4C8.5,3.5 8,3 7.5,3H4C3.5,3 3,3.5 3,4C3,13.4 10.6,21 20,21C20.5,21 21,20.5 21,20V16.5C21,16 20.5,15.5 20,15.5M5,5H6.5C6.6,5.9 6.8,6.8 7,7.6L5.8,8.8C5.4,7.6 5.1,6.3 5,5M19,19C17.7,18.9 16.4,18.6 15.2,18.2L16.4,17C17.2,17.2 18.1,17.4 19,17.4V19Z";var x2="M13,3A9,9 0 0,0 4,12H1L4.89,15.89L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3Z";var s2="M19 17H22L18 21L14 17H17V3H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var Z2="M19 7H22L18 3L14 7H17V21H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var x1=globalThis,s1=x1.ShadowRoot&&(x1.ShadyCSS===void 0||x1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,_1=Symbol(),u2=new WeakMap,r1=class{constructor(C,H,V){if(this._$cssResult$=!0,V!==_1)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=C,this.t=H}get styleSheet(){let C=this.o,H=this.t;if(s1&&C===void 0){let V=H!==void 0&&H.length===1;V&&(C=u2.get(H)),C===void 0&&((this.o=C=new CSSStyleSheet).replaceSync(this.cssText),V&&u2.set(H,C))}return C}toString(){return this.cssText}},c2=L=>new r1(typeof L=="string"?L:L+"",void 0,_1),S=(L,...C)=>{let H=L.length===1?L[0]:C.reduce((V,M,r)=>V+(e=>{if(e._$cssResult$===!0)return e.cssText;if(typeof e=="number")return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(M)+L[r+1],L[0]);return new r1(H,L,_1)},S2=(L,C)=>{if(s1)L.adoptedStyleSheets=C.map(H=>H instanceof CSSStyleSheet?H:H.styleSheet);else for(let H of C){let V=document.createElement("style"),M=x1.litNonce;M!==void 0&&V.setAttribute("nonce",M),V.textContent=H.cssText,L.appendChild(V)}},N1=s1?L=>L:L=>L instanceof CSSStyleSheet?(C=>{let H="";for(let V of C.cssRules)H+=V.cssText;return c2(H)})(L):L;var{is:y5,defineProperty:w5,getOwnPropertyDescriptor:B5,getOwnPropertyNames:P5,getOwnPropertySymbols:T5,getPrototypeOf:R5}=Object,Z1=globalThis,h2=Z1.trustedTypes,F5=h2?h2.emptyScript:"",D5=Z1.reactiveElementPolyfillSupport,e1=(L,C)=>L,t1={toAttribute(L,C){switch(C){case Boolean:L=L?F5:null;break;case Object:case Array:L=L==null?L:JSON.stringify(L)}return L},fromAttribute(L,C){let H=L;switch(C){case Boolean:H=L!==null;break;case Number:H=L===null?null:Number(L);break;case Object:case Array:try{H=JSON.parse(L)}catch{H=null}}return H}},u1=(L,C)=>!y5(L,C),g2={attribute:!0,type:String,converter:t1,reflect:!1,useDefault:!1,hasChanged:u1};Symbol.metadata??=Symbol("metadata"),Z1.litPropertyMetadata??=new WeakMap;var B=class extends HTMLElement{static addInitializer(C){this._$Ei(),(this.l??=[]).push(C)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(C,H=g2){if(H.state&&(H.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(C)&&((H=Object.create(H)).wrapped=!0),this.elementProperties.set(C,H),!H.noAccessor){let V=Symbol(),M=this.getPropertyDescriptor(C,V,H);M!==void 0&&w5(this.prototype,C,M)}}static getPropertyDescriptor(C,H,V){let{get:M,set:r}=B5(this.prototype,C)??{get(){return this[H]},set(e){this[H]=e}};return{get:M,set(e){let o=M?.call(this);r?.call(this,e),this.requestUpdate(C,o,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(C){return this.elementProperties.get(C)??g2}static _$Ei(){if(this.hasOwnProperty(e1("elementProperties")))return;let C=R5(this);C.finalize(),C.l!==void 0&&(this.l=[...C.l]),this.elementProperties=new Map(C.elementProperties)}static finalize(){if(this.hasOwnProperty(e1("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(e1("properties"))){let H=this.properties,V=[...P5(H),...T5(H)];for(let M of V)this.createProperty(M,H[M])}let C=this[Symbol.metadata];if(C!==null){let H=litPropertyMetadata.get(C);if(H!==void 0)for(let[V,M]of H)this.elementProperties.set(V,M)}this._$Eh=new Map;for(let[H,V]of this.elementProperties){let M=this._$Eu(H,V);M!==void 0&&this._$Eh.set(M,H)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(C){let H=[];if(Array.isArray(C)){let V=new Set(C.flat(1/0).reverse());for(let M of V)H.unshift(N1(M))}else C!==void 0&&H.push(N1(C));return H}static _$Eu(C,H){let V=H.attribute;return V===!1?void 0:typeof V=="string"?V:typeof C=="string"?C.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(C=>this.enableUpdating=C),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(C=>C(this))}addController(C){(this._$EO??=new Set).add(C),this.renderRoot!==void 0&&this.isConnected&&C.hostConnected?.()}removeController(C){this._$EO?.delete(C)}_$E_(){let C=new Map,H=this.constructor.elementProperties;for(let V of H.keys())this.hasOwnProperty(V)&&(C.set(V,this[V]),delete this[V]);C.size>0&&(this._$Ep=C)}createRenderRoot(){let C=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return S2(C,this.constructor.elementStyles),C}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(C=>C.hostConnected?.())}enableUpdating(C){}disconnectedCallback(){this._$EO?.forEach(C=>C.hostDisconnected?.())}attributeChangedCallback(C,H,V){this._$AK(C,V)}_$ET(C,H){let V=this.constructor.elementProperties.get(C),M=this.constructor._$Eu(C,V);if(M!==void 0&&V.reflect===!0){let r=(V.converter?.toAttribute!==void 0?V.converter:t1).toAttribute(H,V.type);this._$Em=C,r==null?this.removeAttribute(M):this.setAttribute(M,r),this._$Em=null}}_$AK(C,H){let V=this.constructor,M=V._$Eh.get(C);if(M!==void 0&&this._$Em!==M){let r=V.getPropertyOptions(M),e=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:t1;this._$Em=M;let o=e.fromAttribute(H,r.type);this[M]=o??this._$Ej?.get(M)??o,this._$Em=null}}requestUpdate(C,H,V,M=!1,r){if(C!==void 0){let e=this.constructor;if(M===!1&&(r=this[C]),V??=e.getPropertyOptions(C),!((V.hasChanged??u1)(r,H)||V.useDefault&&V.reflect&&r===this._$Ej?.get(C)&&!this.hasAttribute(e._$Eu(C,V))))return;this.C(C,H,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(C,H,{useDefault:V,reflect:M,wrapped:r},e){V&&!(this._$Ej??=new Map).has(C)&&(this._$Ej.set(C,e??H??this[C]),r!==!0||e!==void 0)||(this._$AL.has(C)||(this.hasUpdated||V||(H=void 0),this._$AL.set(C,H)),M===!0&&this._$Em!==C&&(this._$Eq??=new Set).add(C))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(H){Promise.reject(H)}let C=this.scheduleUpdate();return C!=null&&await C,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[M,r]of this._$Ep)this[M]=r;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[M,r]of V){let{wrapped:e}=r,o=this[M];e!==!0||this._$AL.has(M)||o===void 0||this.C(M,void 0,r,o)}}let C=!1,H=this._$AL;try{C=this.shouldUpdate(H),C?(this.willUpdate(H),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(H)):this._$EM()}catch(V){throw C=!1,this._$EM(),V}C&&this._$AE(H)}willUpdate(C){}_$AE(C){this._$EO?.forEach(H=>H.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(C)),this.updated(C)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(C){return!0}update(C){this._$Eq&&=this._$Eq.forEach(H=>this._$ET(H,this[H])),this._$EM()}updated(C){}firstUpdated(C){}};B.elementStyles=[],B.shadowRootOptions={mode:"open"},B[e1("elementProperties")]=new Map,B[e1("finalized")]=new Map,D5?.({ReactiveElement:B}),(Z1.reactiveElementVersions??=[]).push("2.1.2");var I1=globalThis,O2=L=>L,c1=I1.trustedTypes,f2=c1?c1.createPolicy("lit-html",{createHTML:L=>L}):void 0,U1="$lit$",P=`lit$${Math.random().toFixed(9).slice(2)}$`,z1="?"+P,E5=`<${z1}>`,W=document,o1=()=>W.createComment(""),a1=L=>L===null||typeof L!="object"&&typeof L!="function",Q1=Array.isArray,P2=L=>Q1(L)||typeof L?.[Symbol.iterator]=="function",W1=`[ 	
\f\r]`,i1=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,b2=/-->/g,k2=/>/g,_=RegExp(`>|${W1}(?:([^\\s"'>=/]+)(${W1}*=${W1}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),y2=/'/g,w2=/"/g,T2=/^(?:script|style|textarea|title)$/i,G1=L=>(C,...H)=>({_$litType$:L,strings:C,values:H}),A=G1(1),R2=G1(2),l3=G1(3),T=Symbol.for("lit-noChange"),n=Symbol.for("lit-nothing"),B2=new WeakMap,N=W.createTreeWalker(W,129);function F2(L,C){if(!Q1(L)||!L.hasOwnProperty("raw"))throw Error("invalid template strings array");return f2!==void 0?f2.createHTML(C):C}var D2=(L,C)=>{let H=L.length-1,V=[],M,r=C===2?"<svg>":C===3?"<math>":"",e=i1;for(let o=0;o<H;o++){let t=L[o],a,p,d=-1,m=0;for(;m<t.length&&(e.lastIndex=m,p=e.exec(t),p!==null);)m=e.lastIndex,e===i1?p[1]==="!--"?e=b2:p[1]!==void 0?e=k2:p[2]!==void 0?(T2.test(p[2])&&(M=RegExp("</"+p[2],"g")),e=_):p[3]!==void 0&&(e=_):e===_?p[0]===">"?(e=M??i1,d=-1):p[1]===void 0?d=-2:(d=e.lastIndex-p[2].length,a=p[1],e=p[3]===void 0?_:p[3]==='"'?w2:y2):e===w2||e===y2?e=_:e===b2||e===k2?e=i1:(e=_,M=void 0);let i=e===_&&L[o+1].startsWith("/>")?" ":"";r+=e===i1?t+E5:d>=0?(V.push(a),t.slice(0,d)+U1+t.slice(d)+P+i):t+P+(d===-2?o:i)}return[F2(L,r+(L[H]||"<?>")+(C===2?"</svg>":C===3?"</math>":"")),V]},A1=class L{constructor({strings:C,_$litType$:H},V){let M;this.parts=[];let r=0,e=0,o=C.length-1,t=this.parts,[a,p]=D2(C,H);if(this.el=L.createElement(a,V),N.currentNode=this.el.content,H===2||H===3){let d=this.el.content.firstChild;d.replaceWith(...d.childNodes)}for(;(M=N.nextNode())!==null&&t.length<o;){if(M.nodeType===1){if(M.hasAttributes())for(let d of M.getAttributeNames())if(d.endsWith(U1)){let m=p[e++],i=M.getAttribute(d).split(P),v=/([.?@])?(.*)/.exec(m);t.push({type:1,index:r,name:v[2],strings:i,ctor:v[1]==="."?h1:v[1]==="?"?g1:v[1]==="@"?O1:U}),M.removeAttribute(d)}else d.startsWith(P)&&(t.push({type:6,index:r}),M.removeAttribute(d));if(T2.test(M.tagName)){let d=M.textContent.split(P),m=d.length-1;if(m>0){M.textContent=c1?c1.emptyScript:"";for(let i=0;i<m;i++)M.append(d[i],o1()),N.nextNode(),t.push({type:2,index:++r});M.append(d[m],o1())}}}else if(M.nodeType===8)if(M.data===z1)t.push({type:2,index:r});else{let d=-1;for(;(d=M.data.indexOf(P,d+1))!==-1;)t.push({type:7,index:r}),d+=P.length-1}r++}}static createElement(C,H){let V=W.createElement("template");return V.innerHTML=C,V}};function I(L,C,H=L,V){if(C===T)return C;let M=V!==void 0?H._$Co?.[V]:H._$Cl,r=a1(C)?void 0:C._$litDirective$;return M?.constructor!==r&&(M?._$AO?.(!1),r===void 0?M=void 0:(M=new r(L),M._$AT(L,H,V)),V!==void 0?(H._$Co??=[])[V]=M:H._$Cl=M),M!==void 0&&(C=I(L,M._$AS(L,C.values),M,V)),C}var S1=class{constructor(C,H){this._$AV=[],this._$AN=void 0,this._$AD=C,this._$AM=H}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(C){let{el:{content:H},parts:V}=this._$AD,M=(C?.creationScope??W).importNode(H,!0);N.currentNode=M;let r=N.nextNode(),e=0,o=0,t=V[0];for(;t!==void 0;){if(e===t.index){let a;t.type===2?a=new G(r,r.nextSibling,this,C):t.type===1?a=new t.ctor(r,t.name,t.strings,this,C):t.type===6&&(a=new f1(r,this,C)),this._$AV.push(a),t=V[++o]}e!==t?.index&&(r=N.nextNode(),e++)}return N.currentNode=W,M}p(C){let H=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(C,V,H),H+=V.strings.length-2):V._$AI(C[H])),H++}},G=class L{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(C,H,V,M){this.type=2,this._$AH=n,this._$AN=void 0,this._$AA=C,this._$AB=H,this._$AM=V,this.options=M,this._$Cv=M?.isConnected??!0}get parentNode(){let C=this._$AA.parentNode,H=this._$AM;return H!==void 0&&C?.nodeType===11&&(C=H.parentNode),C}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(C,H=this){C=I(this,C,H),a1(C)?C===n||C==null||C===""?(this._$AH!==n&&this._$AR(),this._$AH=n):C!==this._$AH&&C!==T&&this._(C):C._$litType$!==void 0?this.$(C):C.nodeType!==void 0?this.T(C):P2(C)?this.k(C):this._(C)}O(C){return this._$AA.parentNode.insertBefore(C,this._$AB)}T(C){this._$AH!==C&&(this._$AR(),this._$AH=this.O(C))}_(C){this._$AH!==n&&a1(this._$AH)?this._$AA.nextSibling.data=C:this.T(W.createTextNode(C)),this._$AH=C}$(C){let{values:H,_$litType$:V}=C,M=typeof V=="number"?this._$AC(C):(V.el===void 0&&(V.el=A1.createElement(F2(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===M)this._$AH.p(H);else{let r=new S1(M,this),e=r.u(this.options);r.p(H),this.T(e),this._$AH=r}}_$AC(C){let H=B2.get(C.strings);return H===void 0&&B2.set(C.strings,H=new A1(C)),H}k(C){Q1(this._$AH)||(this._$AH=[],this._$AR());let H=this._$AH,V,M=0;for(let r of C)M===H.length?H.push(V=new L(this.O(o1()),this.O(o1()),this,this.options)):V=H[M],V._$AI(r),M++;M<H.length&&(this._$AR(V&&V._$AB.nextSibling,M),H.length=M)}_$AR(C=this._$AA.nextSibling,H){for(this._$AP?.(!1,!0,H);C!==this._$AB;){let V=O2(C).nextSibling;O2(C).remove(),C=V}}setConnected(C){this._$AM===void 0&&(this._$Cv=C,this._$AP?.(C))}},U=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(C,H,V,M,r){this.type=1,this._$AH=n,this._$AN=void 0,this.element=C,this.name=H,this._$AM=M,this.options=r,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=n}_$AI(C,H=this,V,M){let r=this.strings,e=!1;if(r===void 0)C=I(this,C,H,0),e=!a1(C)||C!==this._$AH&&C!==T,e&&(this._$AH=C);else{let o=C,t,a;for(C=r[0],t=0;t<r.length-1;t++)a=I(this,o[V+t],H,t),a===T&&(a=this._$AH[t]),e||=!a1(a)||a!==this._$AH[t],a===n?C=n:C!==n&&(C+=(a??"")+r[t+1]),this._$AH[t]=a}e&&!M&&this.j(C)}j(C){C===n?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,C??"")}},h1=class extends U{constructor(){super(...arguments),this.type=3}j(C){this.element[this.name]=C===n?void 0:C}},g1=class extends U{constructor(){super(...arguments),this.type=4}j(C){this.element.toggleAttribute(this.name,!!C&&C!==n)}},O1=class extends U{constructor(C,H,V,M,r){super(C,H,V,M,r),this.type=5}_$AI(C,H=this){if((C=I(this,C,H,0)??n)===T)return;let V=this._$AH,M=C===n&&V!==n||C.capture!==V.capture||C.once!==V.once||C.passive!==V.passive,r=C!==n&&(V===n||M);M&&this.element.removeEventListener(this.name,this,V),r&&this.element.addEventListener(this.name,this,C),this._$AH=C}handleEvent(C){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,C):this._$AH.handleEvent(C)}},f1=class{constructor(C,H,V){this.element=C,this.type=6,this._$AN=void 0,this._$AM=H,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(C){I(this,C)}},E2={M:U1,P,A:z1,C:1,L:D2,R:S1,D:P2,V:I,I:G,H:U,N:g1,U:O1,B:h1,F:f1},$5=I1.litHtmlPolyfillSupport;$5?.(A1,G),(I1.litHtmlVersions??=[]).push("3.3.3");var $2=(L,C,H)=>{let V=H?.renderBefore??C,M=V._$litPart$;if(M===void 0){let r=H?.renderBefore??null;V._$litPart$=M=new G(C.insertBefore(o1(),r),r,void 0,H??{})}return M._$AI(L),M};var K1=globalThis,Z=class extends B{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let C=super.createRenderRoot();return this.renderOptions.renderBefore??=C.firstChild,C}update(C){let H=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(C),this._$Do=$2(H,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return T}};Z._$litElement$=!0,Z.finalized=!0,K1.litElementHydrateSupport?.({LitElement:Z});var _5=K1.litElementPolyfillSupport;_5?.({LitElement:Z});(K1.litElementVersions??=[]).push("4.2.2");var N5={attribute:!0,type:String,converter:t1,reflect:!1,hasChanged:u1},W5=(L=N5,C,H)=>{let{kind:V,metadata:M}=H,r=globalThis.litPropertyMetadata.get(M);if(r===void 0&&globalThis.litPropertyMetadata.set(M,r=new Map),V==="setter"&&((L=Object.create(L)).wrapped=!0),r.set(H.name,L),V==="accessor"){let{name:e}=H;return{set(o){let t=C.get.call(this);C.set.call(this,o),this.requestUpdate(e,t,L,!0,o)},init(o){return o!==void 0&&this.C(e,void 0,L,o),o}}}if(V==="setter"){let{name:e}=H;return function(o){let t=this[e];C.call(this,o),this.requestUpdate(e,t,L,!0,o)}}throw Error("Unsupported decorator location: "+V)};function x(L){return(C,H)=>typeof H=="object"?W5(L,C,H):((V,M,r)=>{let e=M.hasOwnProperty(r);return M.constructor.createProperty(r,V),e?Object.getOwnPropertyDescriptor(M,r):void 0})(L,C,H)}function K(L){return x({...L,state:!0,attribute:!1})}var _2={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},N2=L=>(...C)=>({_$litDirective$:L,values:C}),k1=class{constructor(C){}get _$AU(){return this._$AM._$AU}_$AT(C,H,V){this._$Ct=C,this._$AM=H,this._$Ci=V}_$AS(C,H){return this.update(C,H)}update(C,H){return this.render(...H)}};var{I:I5}=E2,W2=L=>L;var I2=()=>document.createComment(""),q=(L,C,H)=>{let V=L._$AA.parentNode,M=C===void 0?L._$AB:C._$AA;if(H===void 0){let r=V.insertBefore(I2(),M),e=V.insertBefore(I2(),M);H=new I5(r,e,L,L.options)}else{let r=H._$AB.nextSibling,e=H._$AM,o=e!==L;if(o){let t;H._$AQ?.(L),H._$AM=L,H._$AP!==void 0&&(t=L._$AU)!==e._$AU&&H._$AP(t)}if(r!==M||o){let t=H._$AA;for(;t!==r;){let a=W2(t).nextSibling;W2(V).insertBefore(t,M),t=a}}}return H},D=(L,C,H=L)=>(L._$AI(C,H),L),U5={},U2=(L,C=U5)=>L._$AH=C,z2=L=>L._$AH,y1=L=>{L._$AR(),L._$AA.remove()};var Q2=(L,C,H)=>{let V=new Map;for(let M=C;M<=H;M++)V.set(L[M],M);return V},w1=N2(class extends k1{constructor(L){if(super(L),L.type!==_2.CHILD)throw Error("repeat() can only be used in text expressions")}dt(L,C,H){let V;H===void 0?H=C:C!==void 0&&(V=C);let M=[],r=[],e=0;for(let o of L)M[e]=V?V(o,e):e,r[e]=H(o,e),e++;return{values:r,keys:M}}render(L,C,H){return this.dt(L,C,H).values}update(L,[C,H,V]){let M=z2(L),{values:r,keys:e}=this.dt(C,H,V);if(!Array.isArray(M))return this.ut=e,r;let o=this.ut??=[],t=[],a,p,d=0,m=M.length-1,i=0,v=r.length-1;for(;d<=m&&i<=v;)if(M[d]===null)d++;else if(M[m]===null)m--;else if(o[d]===e[i])t[i]=D(M[d],r[i]),d++,i++;else if(o[m]===e[v])t[v]=D(M[m],r[v]),m--,v--;else if(o[d]===e[v])t[v]=D(M[d],r[v]),q(L,t[v+1],M[d]),d++,v--;else if(o[m]===e[i])t[i]=D(M[m],r[i]),q(L,M[d],M[m]),m--,i++;else if(a===void 0&&(a=Q2(e,i,v),p=Q2(o,d,m)),a.has(o[d]))if(a.has(o[m])){let s=p.get(e[i]),h=s!==void 0?M[s]:null;if(h===null){let y=q(L,M[d]);D(y,r[i]),t[i]=y}else t[i]=D(h,r[i]),q(L,M[d],h),M[s]=null;i++}else y1(M[m]),m--;else y1(M[d]),d++;for(;i<=v;){let s=q(L,t[v+1]);D(s,r[i]),t[i++]=s}for(;d<=m;){let s=M[d++];s!==null&&y1(s)}return this.ut=e,U2(L,t),T}});var b="nuisance_calls";function G2(L,C){let H={type:`${b}/callers`,sort:C.sort,descending:C.descending,limit:C.limit};for(let V of["verdict","tag","line","search","offset"])C[V]&&(H[V]=C[V]);return C.period&&C.period!=="all"&&(H.period=C.period),L.sendMessagePromise(H)}function K2(L,{limit:C,offset:H,search:V}){return L.sendMessagePromise({type:`${b}/labels`,limit:C,...H?{offset:H}:{},...V?{search:V}:{}})}function q2(L,C){return L.sendMessagePromise({type:`${b}/daily`,days:C})}function j2(L,C){return L.sendMessagePromise({type:`${b}/caller`,number:C})}function X2(L,C){return L.sendMessagePromise({type:`${b}/export_calls`,...C?{number:C}:{}})}function Y2(L){return L.sendMessagePromise({type:`${b}/tags`})}function J2(L,C){return L.subscribeMessage(C,{type:`${b}/subscribe`},{resubscribe:!1})}function C5(L){return L.loadBackendTranslation("selector",b)}var H5=L=>`component.${b}.selector.tag.options.${L}`;function V5(L,C,{tag:H,label:V}={}){return L.connection.sendMessagePromise({type:`${b}/flag`,number:C,...H?{tag:H}:{},...V?{label:V}:{}})}function L5(L,C){return L.connection.sendMessagePromise({type:`${b}/allow`,number:C})}function M5(L,C){return L.connection.sendMessagePromise({type:`${b}/unflag`,number:C})}function r5(L,C){return L.connection.sendMessagePromise({type:`${b}/reset`,number:C})}function e5(L,C,H="text/csv"){let V=new Blob(["\uFEFF",C],{type:`${H};charset=utf-8`}),M=URL.createObjectURL(V),r=document.createElement("a");r.href=M,r.download=L,document.body.append(r),r.click(),r.remove(),window.setTimeout(()=>URL.revokeObjectURL(M),1e4)}function z(L){return L&&typeof L=="object"&&"message"in L?String(L.message):String(L)}var t5=L=>L?.code==="unknown_command";var B1=class{constructor(C,H){this.busy=new Set;this.host=C,this.localize=H,C.addController(this)}hostDisconnected(){this.confirmReset=void 0}closePanel(){this.flagging=void 0,this.host.requestUpdate()}handle(C){let H=C.caller.number;switch(C.kind){case"toggle-panel":this.flagging=this.flagging===H?void 0:H;break;case"close-panel":this.flagging=void 0;break;case"flag":{this.flagging=void 0;let{tag:V,label:M}=C;this.run(H,"action.flag",r=>V5(r,H,{tag:V,label:M}));break}case"allow":this.run(H,"action.allow",V=>L5(V,H));break;case"unflag":this.run(H,"action.unflag",V=>M5(V,H));break;case"ask-reset":this.confirmReset=H;break;case"cancel-reset":this.confirmReset=void 0;break;case"open":break;case"reset":this.confirmReset=void 0,this.run(H,"action.reset",V=>r5(V,H));break}this.host.requestUpdate()}async run(C,H,V){let M=this.hass;if(M){this.busy=new Set([...this.busy,C]),this.host.requestUpdate();try{await V(M)}catch(r){let e=this.localize(),o=e("error.action",{action:e(H),message:z(r)});this.host.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:o},bubbles:!0,composed:!0}))}finally{let r=new Set(this.busy);r.delete(C),this.busy=r,this.host.requestUpdate()}}}};var i5={title:"Störanrufe",description:"Anrufe pro Tag und jeder Anrufer mit Strichliste: Anrufe eines Anrufers ansehen, als Störer markieren, erlauben, zurücksetzen, exportieren.","tab.nuisance":"Störer","tab.unknown":"Unbekannt","tab.allowed":"Erlaubt","tab.all":"Alle","tab.labels":"Firmen",search:"Nummer oder Name suchen","search.clear":"Suche leeren","sort.by":"Sortieren nach","sort.count":"Meiste Anrufe","sort.last_seen":"Letzter Anruf","sort.label":"Name","sort.number":"Nummer","sort.ascending":"Aufsteigend","sort.descending":"Absteigend","line.all":"Alle Leitungen","calls.one":"{n} Anruf","calls.other":"{n} Anrufe",answered:"{n} angenommen",missed:"{n} verpasst",stopped:"{n} vom Telefon gestoppt",never:"nie","action.flag":"Als Störer markieren","action.allow":"Erlauben","action.unflag":"Von meiner Liste nehmen","action.reset":"Zählung zurücksetzen","action.reset_confirm":"Zurücksetzen","flag.as":"Markieren als","flag.label":"Name oder Firma (optional)",cancel:"Abbrechen","empty.callers":"Noch keine Anrufe erfasst.","empty.search":"Kein Anrufer passt zu „{search}“.","empty.labels":"Noch kein Anrufer hat einen Namen oder eine Firma.",showing:"{first}–{last} von {total}","error.load":"Anrufer konnten nicht geladen werden: {message}","error.not_set_up":"Die Integration Nuisance Calls ist nicht eingerichtet oder noch nicht geladen.","error.action":"{action} fehlgeschlagen: {message}","verdict.nuisance":"Störer","verdict.unknown":"Unbekannt","verdict.allowed":"Erlaubt",anonymous:"Unterdrückte Nummer","numbers.one":"{n} Nummer","numbers.other":"{n} Nummern","labels.since":"seit {date}","labels.total":"{n} insgesamt","labels.show":"Diese Anrufer zeigen",score:"Score {score}","last.call":"Letzter Anruf","on.list.flag":"Von dir markiert","on.list.allow":"Von dir erlaubt","editor.title":"Titel","editor.filter":"Anzeigen","editor.sort":"Sortieren nach","editor.max_rows":"Zeilen pro Seite","editor.line":"Leitung","editor.line.helper":"Nur Anrufer auf dieser Leitung; leer für alle Leitungen.","sort.missed":"Meiste verpasste",tabs:"Welche Anrufer",loading:"Wird geladen …","empty.explain":"Jeder Anruf auf deinen Leitungen erscheint hier, sobald es klingelt, mit einer Zählung pro Anrufer. Nichts nach einem Testanruf? Prüfe den Sensor „Verbunden“ auf der Geräteseite der Leitung.","empty.filtered":"Kein Anrufer passt zu diesen Filtern.","page.back":"Vorherige Seite","page.on":"Nächste Seite","export.all":"Alle Anrufe herunterladen (CSV)",period:"Gezählt über","period.all":"Gesamte Zeit","period.year":"Dieses Jahr","period.30d":"Letzte 30 Tage","period.7d":"Letzte 7 Tage","filter.tag":"Kategorie","filter.tag_all":"Alle Kategorien","on.list.flag_by":"Markiert von {name}","on.list.allow_by":"Erlaubt von {name}","on.list.flagged":"Auf deiner Liste: markiert","on.list.allowed":"Auf deiner Liste: erlaubt","reset.question":"Zählung und alle erfassten Anrufe dieses Anrufers vergessen?","caller.open":"Anrufe dieses Anrufers zeigen","caller.back":"Zurück zur Liste","caller.calls":"Anrufe","caller.first":"Erster Anruf","caller.tags":"Kategorien","caller.sources":"Beurteilt von","caller.list":"Eigene Liste","caller.history":"Erfasste Anrufe ({n})","caller.no_calls":"Von diesem Anrufer ist kein Anruf erfasst.","caller.export":"Anrufe herunterladen (CSV)","caller.col.time":"Zeit","caller.col.outcome":"Ergebnis","caller.col.verdict":"Einstufung damals","outcome.ringing":"Klingelt","outcome.answered":"Angenommen","outcome.missed":"Verpasst","outcome.stopped":"Abgewiesen",duration:"{s} s","chart.title":"Anrufe pro Tag, letzte {days} Tage","chart.today":"Heute: {calls} Anrufe, {nuisance} Störer","chart.summary":"Letzte {days} Tage: {calls} Anrufe, davon {nuisance} Störer, {stopped} abgewiesen","chart.day":"{date}: {calls} Anrufe, {nuisance} Störer, {stopped} abgewiesen","chart.rest":"Andere Anrufe","chart.nuisance":"Störer","chart.stopped":"Abgewiesen","editor.show_chart":"Diagramm der Anrufe pro Tag",ringing:"Klingelt gerade: {name}","editor.compact":"Kompakt","editor.compact.helper":"Die Zahlen von heute, ein gerade klingelnder Anruf und die häufigsten Anrufer (des ersten Reiters), ohne Verwaltung."};var q1={title:"Nuisance calls",description:"Calls per day and every caller with their tally: open a caller's calls, flag, allow, reset, export.","tab.nuisance":"Nuisance","tab.unknown":"Unknown","tab.allowed":"Allowed","tab.all":"All","tab.labels":"Companies",search:"Search number or name","search.clear":"Clear search","sort.by":"Sort by","sort.count":"Most calls","sort.last_seen":"Latest call","sort.label":"Name","sort.number":"Number","sort.ascending":"Ascending","sort.descending":"Descending","line.all":"All lines","calls.one":"{n} call","calls.other":"{n} calls",answered:"{n} answered",missed:"{n} missed",stopped:"{n} stopped by the phone",never:"never","action.flag":"Flag","action.allow":"Allow","action.unflag":"Remove from my list","action.reset":"Reset tally","action.reset_confirm":"Reset","flag.as":"Flag as","flag.label":"Name or company (optional)",cancel:"Cancel","empty.callers":"No calls recorded yet.","empty.search":"No caller matches “{search}”.","empty.labels":"No caller has a name or company yet.",showing:"{first}–{last} of {total}","error.load":"Could not load the callers: {message}","error.not_set_up":"The Nuisance Calls integration is not set up or not loaded yet.","error.action":"{action} failed: {message}","verdict.nuisance":"Nuisance","verdict.unknown":"Unknown","verdict.allowed":"Allowed",anonymous:"Withheld number","numbers.one":"{n} number","numbers.other":"{n} numbers","labels.since":"since {date}","labels.total":"{n} in total","labels.show":"Show these callers",score:"score {score}","last.call":"Last call","on.list.flag":"Flagged by you","on.list.allow":"Allowed by you","editor.title":"Title","editor.filter":"Show","editor.sort":"Sort by","editor.max_rows":"Rows per page","editor.line":"Line","editor.line.helper":"Only callers on this line; empty for all lines.","sort.missed":"Most missed",tabs:"Which callers",loading:"Loading…","empty.explain":"Every call on your lines appears here as it rings, with a count per caller. Nothing after a test call? Check the line's “Connected” sensor on its device page.","empty.filtered":"No caller matches these filters.","page.back":"Previous page","page.on":"Next page","export.all":"Download all calls (CSV)",period:"Counted over","period.all":"All time","period.year":"This year","period.30d":"Last 30 days","period.7d":"Last 7 days","filter.tag":"Tag","filter.tag_all":"All tags","on.list.flag_by":"Flagged by {name}","on.list.allow_by":"Allowed by {name}","on.list.flagged":"On your list: flagged","on.list.allowed":"On your list: allowed","reset.question":"Forget this caller's tally and every recorded call?","caller.open":"Show this caller's calls","caller.back":"Back to the list","caller.calls":"Calls","caller.first":"First call","caller.tags":"Tags","caller.sources":"Judged by","caller.list":"Personal list","caller.history":"Recorded calls ({n})","caller.no_calls":"No call of this caller is recorded.","caller.export":"Download calls (CSV)","caller.col.time":"Time","caller.col.outcome":"Outcome","caller.col.verdict":"Verdict then","outcome.ringing":"Ringing","outcome.answered":"Answered","outcome.missed":"Missed","outcome.stopped":"Stopped",duration:"{s} s","chart.title":"Calls per day, last {days} days","chart.today":"Today: {calls} calls, {nuisance} nuisance","chart.summary":"Last {days} days: {calls} calls, {nuisance} of them nuisance, {stopped} stopped","chart.day":"{date}: {calls} calls, {nuisance} nuisance, {stopped} stopped","chart.rest":"Other calls","chart.nuisance":"Nuisance","chart.stopped":"Stopped","editor.show_chart":"Chart of calls per day",ringing:"Ringing now: {name}","editor.compact":"Compact","editor.compact.helper":"Today's counts, a call ringing now and the top callers (of the tab shown first), nothing to manage."};var o5={title:"Chiamate moleste",description:"Chiamate al giorno e ogni chiamante con il suo conteggio: vedere le chiamate, segnalare, consentire, azzerare, esportare.","tab.nuisance":"Moleste","tab.unknown":"Sconosciute","tab.allowed":"Consentite","tab.all":"Tutte","tab.labels":"Aziende",search:"Cerca numero o nome","search.clear":"Cancella ricerca","sort.by":"Ordina per","sort.count":"Più chiamate","sort.last_seen":"Ultima chiamata","sort.label":"Nome","sort.number":"Numero","sort.ascending":"Crescente","sort.descending":"Decrescente","line.all":"Tutte le linee","calls.one":"{n} chiamata","calls.other":"{n} chiamate",answered:"{n} risposte",missed:"{n} perse",stopped:"{n} fermate dal telefono",never:"mai","action.flag":"Segnala","action.allow":"Consenti","action.unflag":"Rimuovi dal mio elenco","action.reset":"Azzera conteggio","action.reset_confirm":"Azzera","flag.as":"Segnala come","flag.label":"Nome o azienda (facoltativo)",cancel:"Annulla","empty.callers":"Nessuna chiamata registrata finora.","empty.search":"Nessun chiamante corrisponde a «{search}».","empty.labels":"Nessun chiamante ha ancora un nome o un'azienda.",showing:"{first}–{last} di {total}","error.load":"Impossibile caricare i chiamanti: {message}","error.not_set_up":"L'integrazione Nuisance Calls non è configurata o non è ancora caricata.","error.action":"{action} non riuscito: {message}","verdict.nuisance":"Molesto","verdict.unknown":"Sconosciuto","verdict.allowed":"Consentito",anonymous:"Numero anonimo","numbers.one":"{n} numero","numbers.other":"{n} numeri","labels.since":"dal {date}","labels.total":"{n} in totale","labels.show":"Mostra questi chiamanti",score:"punteggio {score}","last.call":"Ultima chiamata","on.list.flag":"Segnalato da te","on.list.allow":"Consentito da te","editor.title":"Titolo","editor.filter":"Mostra","editor.sort":"Ordina per","editor.max_rows":"Righe per pagina","editor.line":"Linea","editor.line.helper":"Solo i chiamanti su questa linea; vuoto per tutte le linee.","sort.missed":"Più perse",tabs:"Quali chiamanti",loading:"Caricamento…","empty.explain":"Ogni chiamata sulle tue linee compare qui appena squilla, con un conteggio per chiamante. Niente dopo una chiamata di prova? Controlla il sensore “Connesso” nella pagina del dispositivo della linea.","empty.filtered":"Nessun chiamante corrisponde a questi filtri.","page.back":"Pagina precedente","page.on":"Pagina successiva","export.all":"Scarica tutte le chiamate (CSV)",period:"Contate su","period.all":"Da sempre","period.year":"Quest'anno","period.30d":"Ultimi 30 giorni","period.7d":"Ultimi 7 giorni","filter.tag":"Categoria","filter.tag_all":"Tutte le categorie","on.list.flag_by":"Segnalato da {name}","on.list.allow_by":"Consentito da {name}","on.list.flagged":"Nella tua lista: segnalato","on.list.allowed":"Nella tua lista: consentito","reset.question":"Dimenticare il conteggio e tutte le chiamate registrate di questo chiamante?","caller.open":"Mostra le chiamate di questo chiamante","caller.back":"Torna all'elenco","caller.calls":"Chiamate","caller.first":"Prima chiamata","caller.tags":"Categorie","caller.sources":"Giudicato da","caller.list":"Lista personale","caller.history":"Chiamate registrate ({n})","caller.no_calls":"Nessuna chiamata registrata di questo chiamante.","caller.export":"Scarica le chiamate (CSV)","caller.col.time":"Ora","caller.col.outcome":"Esito","caller.col.verdict":"Giudizio allora","outcome.ringing":"Squilla","outcome.answered":"Risposta","outcome.missed":"Persa","outcome.stopped":"Fermata",duration:"{s} s","chart.title":"Chiamate al giorno, ultimi {days} giorni","chart.today":"Oggi: {calls} chiamate, {nuisance} moleste","chart.summary":"Ultimi {days} giorni: {calls} chiamate, di cui {nuisance} moleste, {stopped} fermate","chart.day":"{date}: {calls} chiamate, {nuisance} moleste, {stopped} fermate","chart.rest":"Altre chiamate","chart.nuisance":"Moleste","chart.stopped":"Fermate","editor.show_chart":"Grafico delle chiamate al giorno",ringing:"Sta squillando: {name}","editor.compact":"Compatta","editor.compact.helper":"I conteggi di oggi, una chiamata che squilla ora e i chiamanti più frequenti (della scheda mostrata per prima), senza gestione."};var a5={en:q1,de:i5,it:o5};function K5(L){let C=(L??"en").toLowerCase().split(/[-_]/)[0];return C in a5?C:"en"}function d1(){let L=document.querySelector("home-assistant")?.hass;return L?.locale?.language||L?.language||document.documentElement.lang||navigator.language||"en"}function Q(L){let C=a5[K5(L)];return(H,V)=>{let M=C[H]??q1[H]??H;if(V)for(let[r,e]of Object.entries(V))M=M.split(`{${r}}`).join(String(e));return M}}function j(L,C,H,V){let M=new Intl.PluralRules(C).select(V)==="one"?"one":"other";return L(`${H}.${M}`,{n:V.toLocaleString(C)})}var X="nuisance-calls-card",w=["nuisance","unknown","allowed","all","labels"],p1=["count","missed","last_seen","label","number"],j1=10,m1=500,A5,d5=L=>{A5=L};function X1(L){if(!L||typeof L!="object")throw new Error("Invalid configuration");if(L.filter!==void 0&&!w.includes(L.filter))throw new Error(`filter must be one of ${w.join(", ")}`);if(L.sort!==void 0&&!p1.includes(L.sort))throw new Error(`sort must be one of ${p1.join(", ")}`);if(L.max_rows!==void 0&&(!Number.isInteger(L.max_rows)||L.max_rows<1||L.max_rows>m1))throw new Error(`max_rows must be a whole number from 1 to ${m1}`);for(let C of["show_chart","compact"])if(L[C]!==void 0&&typeof L[C]!="boolean")throw new Error(`${C} must be true or false`);if(L.line!==void 0&&typeof L.line!="string")throw new Error("line must be a config entry id");return L}function p5(){return{type:`custom:${X}`,filter:"all",sort:"count",max_rows:5}}function m5(){let L=Q(A5??d1()),C=(H,V)=>H.map(M=>({value:M,label:L(`${V}.${M}`)}));return{schema:[{name:"title",selector:{text:{}}},{type:"grid",name:"",schema:[{name:"filter",selector:{select:{mode:"dropdown",options:C(w,"tab")}}},{name:"sort",selector:{select:{mode:"dropdown",options:C(p1,"sort")}}}]},{name:"max_rows",selector:{number:{min:1,max:100,step:1,mode:"box"}}},{name:"line",selector:{config_entry:{integration:"nuisance_calls"}}},{type:"grid",name:"",schema:[{name:"show_chart",default:!0,selector:{boolean:{}}},{name:"compact",default:!1,selector:{boolean:{}}}]}],computeLabel:H=>H.name?L(`editor.${H.name}`):void 0,computeHelper:H=>H.name==="line"?L("editor.line.helper"):H.name==="compact"?L("editor.compact.helper"):void 0,assertConfig:H=>{X1(H)}}}function J1(L){return L==="count"||L==="last_seen"||L==="missed"}var Y1=L=>L.replace(/\D/g,"");function q5(L,C){let H=(C??"").trim().toLowerCase();if(!H||(L.label??"").toLowerCase().includes(H)||L.formatted_number.toLowerCase().includes(H)||L.number.toLowerCase().includes(H))return!0;let V=Y1(H);return V.length>0&&(Y1(L.number).includes(V)||Y1(L.formatted_number).includes(V))}function j5(L,C){return C.verdict&&L.verdict!==C.verdict||C.tag&&!L.tags.includes(C.tag)||C.line&&!L.lines.includes(C.line)?!1:q5(L,C.search)}var Y=L=>L&&Date.parse(L)||0,n5=L=>L.label?.toLowerCase()||"￿",P1=(L,C)=>L<C?-1:L>C?1:0;function X5(L,C,H){switch(H){case"count":return L.count-C.count||Y(L.last_seen)-Y(C.last_seen);case"missed":return L.missed-C.missed||L.count-C.count||Y(L.last_seen)-Y(C.last_seen);case"last_seen":return Y(L.last_seen)-Y(C.last_seen)||L.count-C.count;case"label":return P1(n5(L),n5(C))||P1(L.number,C.number);case"number":return P1(L.number,C.number)}return 0}function Y5(L,C,H){let V=H?-1:1;return[...L].sort((M,r)=>V*X5(M,r,C)||P1(M.number,r.number))}function l5(L,C,H,V,M){let r=new Map(L.map(i=>[i.number,i])),e=[],o=M.offset===0&&L.length>=C,t=M.offset===0,a=!0,p=!1;for(let i of H.callers??[]){let v=r.has(i.number),s=j5(i,V);if(v){s?(r.set(i.number,i),e.push(i.number)):(r.delete(i.number),C-=1,a&&=o);continue}if(!s){a&&=o||!!H.calls;continue}let h=!!H.calls&&i.count===1;o||h&&!M.counted.has(i.number)?(C+=1,M.counted.add(i.number)):H.calls||(a=!1),t&&(r.set(i.number,i),e.push(i.number),p=!0)}for(let i of H.removed??[])r.delete(i)?(C-=1,a&&=o):o||(a=!1);let m=(p||e.length?Y5([...r.values()],V.sort,V.descending):[...r.values()]).slice(0,M.limit);return{rows:m,total:Math.max(C,M.offset+m.length),touched:e.filter(i=>m.some(v=>v.number===i)),exact:a}}var J5=30,C3=250,T1=1e3,H3=1600,V3=3e4,R1=class{constructor(C){this.filter="all";this.sort="count";this.descending=!0;this.search="";this.period="all";this.limit=j1;this.offset=0;this.callers=[];this.total=0;this.lines=[];this.labels=[];this.labelsTotal=0;this.days=[];this.loading=!0;this.shownSearch="";this.loaded=!1;this.chart=!0;this.announce="";this.flash=new Set;this.now=Date.now();this.configured=!1;this.counted=new Set;this.request=0;this.timers=new Map;this.onDisconnected=()=>{this.subscription=void 0};this.onReady=()=>{this.live&&(this.subscribe(this.live),this.refresh(),this.refreshDaily())};this.host=C,C.addController(this)}configure(C){this.configured=!0,this.filter=C.filter??"all",this.sort=C.sort??"count",this.descending=J1(this.sort),this.line=C.line||void 0,this.limit=C.max_rows??j1,this.offset=0,this.chart=C.show_chart!==!1,this.host.requestUpdate(),this.refresh(),this.refreshDaily()}setConnection(C){C!==this.connection&&(this.stop(),this.connection=C,this.start())}hostConnected(){this.start()}hostDisconnected(){this.stop()}start(){let C=this.connection;!C||!this.host.isConnected||this.live||(this.live=C,this.subscribe(C),C.addEventListener("ready",this.onReady),C.addEventListener("disconnected",this.onDisconnected),this.tick=window.setInterval(()=>{this.now=Date.now(),this.host.requestUpdate()},V3),this.refresh(),this.refreshDaily())}stop(){let C=this.live;if(!C)return;this.live=void 0;let H=this.subscription;this.subscription=void 0,H?.then(V=>V?.()).catch(()=>{}),C.removeEventListener("ready",this.onReady),C.removeEventListener("disconnected",this.onDisconnected),window.clearInterval(this.tick);for(let V of this.timers.values())window.clearTimeout(V);this.timers.clear()}subscribe(C){let H=J2(C,V=>{this.subscription===H&&this.onChange(V)}).then(V=>{if(this.subscription===H)return V;Promise.resolve(V()).catch(()=>{})},V=>{this.subscription===H&&this.showLoadError(V)});this.subscription=H}later(C,H,V){window.clearTimeout(this.timers.get(C)),this.timers.set(C,window.setTimeout(()=>{this.timers.delete(C),V()},H))}selectTab(C){C!==this.filter&&(this.filter=C,this.offset=0,this.loading=!0,this.host.requestUpdate(),this.refresh())}changeQuery(C){C.search!==void 0&&(this.search=C.search),C.sort!==void 0&&(this.sort=C.sort,this.descending=J1(C.sort)),C.descending!==void 0&&(this.descending=C.descending),"line"in C&&(this.line=C.line||void 0),C.period!==void 0&&(this.period=C.period),"tag"in C&&(this.tag=C.tag||void 0),this.offset=0,this.loading=!0,this.host.requestUpdate(),C.search!==void 0&&!C.immediate?this.later("search",C3,()=>{this.refresh()}):this.refresh()}turnPage(C){let H=this.filter==="labels"?this.labelsTotal:this.total,V=Math.max(0,this.offset+C*this.limit);V===this.offset||V>=H||(this.offset=V,this.loading=!0,this.host.requestUpdate(),this.refresh())}showLabel(C){this.search=C,this.selectTab("all")}get hasNext(){let C=this.filter==="labels"?this.labelsTotal:this.total;return this.offset+this.limit<C}get rowQuery(){return{sort:this.sort,descending:this.descending,verdict:this.filter==="all"||this.filter==="labels"?void 0:this.filter,tag:this.tag,line:this.line,search:this.search.trim()||void 0}}async refresh(){let C=this.live;if(!C||!this.configured)return;let H=++this.request,V=Math.min(this.limit,m1),M=this.search.trim(),r=this.filter;try{if(r==="labels"){let e=await K2(C,{limit:V,offset:this.offset,search:M||void 0});if(H!==this.request)return;this.labels=e.labels,this.labelsTotal=e.total??e.labels.length,this.since=e.since}else{let e=await G2(C,{...this.rowQuery,period:this.period,offset:this.offset,limit:V});if(H!==this.request)return;this.callers=e.callers,this.total=e.total,this.lines=e.lines??[],this.counted=new Set}this.shownSearch=M,this.shownFilter=r,this.loaded=!0,this.loading=!1,this.error=void 0}catch(e){H===this.request&&this.showLoadError(e)}this.host.requestUpdate()}async refreshDaily(){let C=this.live;if(!(!C||!this.configured||!this.chart)){try{this.days=(await q2(C,J5)).days}catch{this.days=[]}this.host.requestUpdate()}}updateToday(C){let H=this.days[this.days.length-1],V=new Date,M=`${V.getFullYear()}-${String(V.getMonth()+1).padStart(2,"0")}-${String(V.getDate()).padStart(2,"0")}`;if(!H||H.date!==M){this.later("daily",T1,()=>{this.refreshDaily()});return}this.days=[...this.days.slice(0,-1),{date:H.date,...C}]}showLoadError(C){this.error={notSetUp:t5(C),message:z(C)},this.loaded=!0,this.host.requestUpdate()}onChange(C){if(this.onPush?.([...(C.callers??[]).map(V=>V.number),...C.removed??[]]),C.today&&this.days.length&&this.updateToday(C.today),C.calls&&C.callers?.length){let V=C.callers[0];this.announce=`${V.label||V.formatted_number}: ${V.count}`}if(C.reset||this.filter==="labels"||this.period!=="all"){this.later("refresh",C.reset?0:T1,()=>{this.refresh()}),C.reset&&this.later("daily",T1,()=>{this.refreshDaily()}),this.host.requestUpdate();return}let H=l5(this.callers,this.total,C,this.rowQuery,{offset:this.offset,limit:Math.min(this.limit,m1),counted:this.counted});this.callers=H.rows,this.total=H.total,H.touched.length&&(this.flash=new Set([...this.flash,...H.touched]),this.later("flash",H3,()=>{this.flash=new Set,this.host.requestUpdate()})),H.exact||this.later("refresh",T1,()=>{this.refresh()}),this.host.requestUpdate()}};var L3=[["second",60],["minute",60],["hour",24],["day",7],["week",4.345],["month",12],["year",Number.POSITIVE_INFINITY]];function F1(L,C,H=Date.now()){let V=Date.parse(L);if(Number.isNaN(V))return L;let M=Math.min(V-H,0)/1e3,r=new Intl.RelativeTimeFormat(C,{numeric:"auto"});if(Math.abs(M)<45)return r.format(0,"second");for(let[e,o]of L3){if(Math.abs(M)<o)return r.format(Math.round(M),e);M/=o}return r.format(Math.round(M),"year")}function J(L,C,H){let V=new Date(L);if(Number.isNaN(V.getTime()))return L;try{return new Intl.DateTimeFormat(C,{dateStyle:"medium",timeStyle:"short",timeZone:H}).format(V)}catch{return new Intl.DateTimeFormat(C,{dateStyle:"medium",timeStyle:"short"}).format(V)}}function C1(L,C){let[H,V,M]=L.split("-").map(Number);return!H||!V||!M?L:new Intl.DateTimeFormat(C,{day:"numeric",month:"short"}).format(new Date(H,V-1,M))}var g=S`
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
`,E=S`
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
`,H1=S`
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
`,D1=S`
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
`,v5=S`
  column-gap: var(--nc-gap);
  align-items: center;
  padding: 8px;
  border-radius: 12px;
  transition: background-color 0.6s ease-out, opacity 0.2s;
`,x5=S`
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
`,s5=S`
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
`,Z5=S`
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
`,u5=S`
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
    ${v5}
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
  ${x5}
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
`,c5=S`
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
`,S5=S`
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
`,h5=S`
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
`,g5=S`
  :host {
    display: block;
  }
  .row {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) minmax(40px, 25%) auto 24px;
    grid-template-areas: "badge info bar tally actions";
    ${v5}
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
  ${x5}
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
  @media (prefers-reduced-motion: reduce) {
    .row {
      transition: none;
    }
  }
`;var u=L=>R2`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${L}></path></svg>`,C2=[],H2=!document.querySelector("home-assistant")||!!customElements.get("home-assistant");H2||customElements.whenDefined("home-assistant").then(()=>{H2=!0;for(let[L,C]of C2.splice(0))O5(L,C)});function O5(L,C){customElements.get(L)||customElements.define(L,C)}function O(L,C){H2?O5(L,C):C2.some(([H])=>H===L)||C2.push([L,C])}function c(L,C,H){L.dispatchEvent(new CustomEvent(C,{detail:H,bubbles:!0}))}var V1=class extends Z{constructor(){super();this.entry=null;this.addEventListener("keydown",H=>{H.key==="Escape"&&c(this,"nc-close",void 0)})}get _current(){return this.entry?.action==="flag"?this.entry.tags:[]}_flag(H){let V=this.renderRoot.querySelector("input");c(this,"nc-flag",{tag:H,label:V?.value.trim()??""})}render(){let{localize:H,tagText:V,flagTags:M}=this.view,r=this._current;return A`
      <div class="panel-row">
        <input
          type="text"
          maxlength="200"
          .value=${this.entry?.label??""}
          placeholder=${H("flag.label")}
          aria-label=${H("flag.label")}
          @keydown=${e=>{e.key==="Enter"&&this._flag(r[0])}}
        />
        <button class="text-button" @click=${()=>c(this,"nc-close",void 0)}>
          ${H("cancel")}
        </button>
      </div>
      <div class="panel-title" id="flag-as">${H("flag.as")}</div>
      <div class="tag-choices" role="group" aria-labelledby="flag-as">
        ${M.map(e=>A`
            <button
              class="tag-choice ${r.includes(e)?"current":""}"
              data-tag=${e}
              @click=${()=>this._flag(e)}
            >
              ${V(e)}
            </button>
          `)}
      </div>
    `}shouldUpdate(){return this.view!==void 0}firstUpdated(){this.renderRoot.querySelector("input")?.focus()}};V1.styles=[g,H1,h5],l([x({attribute:!1})],V1.prototype,"entry",2),l([x({attribute:!1})],V1.prototype,"view",2);O("nc-flag-panel",V1);var M3="anonymous",r3={nuisance:d2,allowed:p2,unknown:v2},R=class extends Z{constructor(){super(...arguments);this.flash=!1;this.busy=!1;this.flagging=!1}connectedCallback(){super.connectedCallback(),this.setAttribute("role","listitem")}focusFlag(){this.renderRoot.querySelector("button.flag")?.focus()}_ask(H){c(this,"nc-row-action",{kind:H,caller:this.caller})}_flag(H){c(this,"nc-row-action",{kind:"flag",caller:this.caller,...H.detail})}shouldUpdate(){return this.caller!==void 0&&this.view!==void 0}willUpdate(){let H=this.caller;this.className=["row",`verdict-${H.verdict}`,this.flash?"flash":"",this.busy?"busy":""].join(" "),this.dataset.number=H.number}render(){let H=this.caller,V=this.view,{localize:M,language:r,now:e,timeZone:o,lines:t,tagText:a}=V,p=H.number===M3,d=p?M("anonymous"):H.label||H.formatted_number,m=t.length>1?t.find(M1=>M1.entry_id===H.last_line)?.title:void 0,i=H.list_entry,v=M(`verdict.${H.verdict}`),s=H.last_seen?`${M("last.call")}: ${J(H.last_seen,r,o)}`:"",h=H.stopped??0,y=M1=>A`<span class="sr-only">${M1}</span>`;return A`
      <button
        class="open"
        title=${M("caller.open")}
        ?disabled=${V.preview}
        @click=${()=>this._ask("open")}
      >
        <div class="badge" title=${v}>
          ${u(p?a2:r3[H.verdict])}${y(v)}
        </div>
        <div class="info">
          <div class="primary">${d}</div>
          <div class="secondary" title=${s}>
            ${[H.label&&!p?H.formatted_number:"",H.last_seen?F1(H.last_seen,r,e):M("never"),m??""].filter(Boolean).join(" · ")}
          </div>
        </div>
        ${H.tags.length||H.score!==null||i?A`<div class="chips">
              ${H.tags.map(M1=>A`<span class="chip">${a(M1)}</span>`)}
              ${H.score!==null&&H.score!==void 0?A`<span class="chip">${M("score",{score:H.score})}</span>`:n}
              ${i?A`<span class="chip mine">${V2(M,i,V)}</span>`:n}
            </div>`:n}
        <div class="tally">
          <div class="count">${H.count.toLocaleString(r)}</div>
          ${y(j(M,r,"calls",H.count).replace(/^\S+\s*/,""))}
          <div class="split">
            <span class="answered">
              ${u(n2)}${H.answered.toLocaleString(r)}${y(M("answered",{n:""}))}
            </span>
            <span class="missed ${H.missed?"":"none"}">
              ${u(l2)}${H.missed.toLocaleString(r)}${y(M("missed",{n:""}))}
            </span>
            ${h?A`<span class="stopped">
                  ${u(m2)}${h.toLocaleString(r)}${y(M("stopped",{n:""}))}
                </span>`:n}
          </div>
        </div>
      </button>
      <div class="actions">${this._renderFlag(H,p)}</div>
      ${this.flagging?A`<nc-flag-panel
            class="panel"
            .entry=${i}
            .view=${this.view}
            @nc-flag=${this._flag}
            @nc-close=${()=>{this._ask("close-panel"),this.focusFlag()}}
          ></nc-flag-panel>`:n}
    `}_renderFlag(H,V){let M=this.view;if(!M.canChange||M.preview)return n;if(V)return A`<span class="slot"></span>`;let r=H.list_entry?.action==="flag",e=M.localize("action.flag");return A`<button
      class="icon-button flag"
      title=${e}
      aria-label=${e}
      aria-pressed=${String(r)}
      aria-expanded=${String(this.flagging)}
      ?disabled=${this.busy}
      @click=${()=>this._ask("toggle-panel")}
    >
      ${u(r?i2:v1)}
    </button>`}};R.styles=[g,E,u5],l([x({attribute:!1})],R.prototype,"caller",2),l([x({attribute:!1})],R.prototype,"view",2),l([x({attribute:!1})],R.prototype,"flash",2),l([x({attribute:!1})],R.prototype,"busy",2),l([x({attribute:!1})],R.prototype,"flagging",2);function V2(L,C,H){let V=C.action==="flag";return C.by_user&&C.by_user!==H.userId?L(V?"on.list.flag_by":"on.list.allow_by",{name:C.by_name||"?"}):C.by_user?L(V?"on.list.flag":"on.list.allow"):L(V?"on.list.flagged":"on.list.allowed")}O("nc-caller-row",R);var e3="anonymous",F=class extends Z{constructor(){super(...arguments);this.busy=!1;this.flagging=!1;this.confirming=!1}_ask(H){c(this,"nc-row-action",{kind:H,caller:this.detail})}shouldUpdate(){return this.detail!==void 0&&this.view!==void 0}firstUpdated(){this.renderRoot.querySelector("button.back")?.focus()}updated(H){H.has("confirming")&&this.confirming?this.renderRoot.querySelector("button.confirm")?.focus():H.has("confirming")&&H.get("confirming")===!0&&this.renderRoot.querySelector("button.reset")?.focus()}render(){let H=this.detail,V=this.view,{localize:M,language:r,timeZone:e,lines:o,tagText:t}=V,a=H.number===e3,p=a?M("anonymous"):H.label||H.formatted_number,d=H.list_entry,m=(s,h)=>o.find(y=>y.entry_id===s)?.title??h,i=o.length>1?"wide":"hidden",v=s=>s?J(s,r,e):"—";return A`
      <div class="page-head">
        <button
          class="icon-button back"
          title=${M("caller.back")}
          aria-label=${M("caller.back")}
          @click=${()=>c(this,"nc-back",void 0)}
        >
          ${u(L2)}
        </button>
        <div class="who">
          <h2 class="name">${p}</h2>
          ${H.label&&!a?A`<div class="number">${H.formatted_number}</div>`:n}
        </div>
        <span class="verdict verdict-${H.verdict}"
          >${M(`verdict.${H.verdict}`)}</span
        >
      </div>
      <dl class="facts">
        <dt>${M("caller.calls")}</dt>
        <dd>
          ${[j(M,r,"calls",H.count),M("answered",{n:H.answered}),M("missed",{n:H.missed}),H.stopped?M("stopped",{n:H.stopped}):""].filter(Boolean).join(" · ")}
        </dd>
        <dt>${M("caller.first")}</dt>
        <dd>${v(H.first_seen)}</dd>
        <dt>${M("last.call")}</dt>
        <dd>${v(H.last_seen)}</dd>
        ${H.tags.length?A`<dt>${M("caller.tags")}</dt>
              <dd>${H.tags.map(s=>t(s)).join(", ")}</dd>`:n}
        ${H.sources.length?A`<dt>${M("caller.sources")}</dt>
              <dd>${H.sources.join(", ")}</dd>`:n}
        ${d?A`<dt>${M("caller.list")}</dt>
              <dd>
                ${V2(M,d,V)}${d.added?` · ${J(d.added,r,e)}`:""}
              </dd>`:n}
      </dl>
      ${this._renderActions(H,a)}
      <h3 class="calls-title">${M("caller.history",{n:H.calls.length})}</h3>
      ${H.calls.length?A`<table class="calls">
            <thead>
              <tr>
                <th scope="col">${M("caller.col.time")}</th>
                <th scope="col">${M("caller.col.outcome")}</th>
                <th scope="col">${M("caller.col.verdict")}</th>
                <th scope="col" class=${i}>${M("editor.line")}</th>
              </tr>
            </thead>
            <tbody>
              ${H.calls.map(s=>A`<tr class="call outcome-${s.outcome}">
                  <td>${J(s.time,r,e)}</td>
                  <td>
                    ${M(`outcome.${s.outcome}`)}${s.duration?` (${M("duration",{s:s.duration})})`:""}
                  </td>
                  <td>
                    ${s.verdict?M(`verdict.${s.verdict}`):""}${s.tags.length?` · ${s.tags.map(h=>t(h)).join(", ")}`:""}
                  </td>
                  <td class=${i}>${m(s.entry_id,s.line)}</td>
                </tr>`)}
            </tbody>
          </table>`:A`<div class="message">${M("caller.no_calls")}</div>`}
    `}_renderActions(H,V){let M=this.view,{localize:r}=M,e=H.list_entry,o=M.canChange&&!M.preview,t=(a,p,d,m)=>A`
      <button class="text-button ${a}" ?disabled=${this.busy} @click=${m}>
        ${u(d)}<span>${r(p)}</span>
      </button>
    `;return A`
      <div class="page-actions">
        ${o&&!V?A`
              ${t("flag","action.flag",v1,()=>this._ask("toggle-panel"))}
              ${e?.action!=="allow"?t("allow","action.allow",M2,()=>this._ask("allow")):n}
              ${e?t("unflag","action.unflag",o2,()=>this._ask("unflag")):n}
            `:n}
        ${o&&!this.confirming?t("reset","action.reset",x2,()=>this._ask("ask-reset")):n}
        ${t("export","caller.export",l1,()=>c(this,"nc-export",H.number))}
      </div>
      ${this.confirming?A`<div class="confirm-row" role="alertdialog" aria-labelledby="confirm-text">
            <span id="confirm-text">${r("reset.question")}</span>
            <button class="text-button confirm" ?disabled=${this.busy} @click=${()=>this._ask("reset")}>
              ${r("action.reset_confirm")}
            </button>
            <button class="text-button cancel-reset" @click=${()=>this._ask("cancel-reset")}>
              ${r("cancel")}
            </button>
          </div>`:n}
      ${this.flagging?A`<nc-flag-panel
            class="panel"
            .entry=${e}
            .view=${M}
            @nc-flag=${a=>c(this,"nc-row-action",{kind:"flag",caller:H,...a.detail})}
            @nc-close=${()=>{this._ask("close-panel"),this.renderRoot.querySelector("button.flag")?.focus()}}
          ></nc-flag-panel>`:n}
    `}};F.styles=[g,E,H1,S5],l([x({attribute:!1})],F.prototype,"detail",2),l([x({attribute:!1})],F.prototype,"view",2),l([x({attribute:!1})],F.prototype,"busy",2),l([x({attribute:!1})],F.prototype,"flagging",2),l([x({attribute:!1})],F.prototype,"confirming",2);O("nc-caller-page",F);var L1=class extends Z{constructor(){super(...arguments);this.days=[]}shouldUpdate(){return this.view!==void 0}render(){let H=this.days;if(!H.length)return n;let{localize:V,language:M}=this.view,r=Math.max(1,...H.map(i=>i.calls)),e=H.reduce((i,v)=>i+v.calls,0),o=H.reduce((i,v)=>i+v.nuisance,0),t=H.reduce((i,v)=>i+v.stopped,0),a=H[H.length-1],p=i=>i.toLocaleString(M),d=V("chart.summary",{days:H.length,calls:p(e),nuisance:p(o),stopped:p(t)}),m=i=>`${100*i/r}%`;return A`
      <div class="head">
        <span class="title">${V("chart.title",{days:H.length})}</span>
        <span class="today"
          >${V("chart.today",{calls:p(a.calls),nuisance:p(a.nuisance)})}</span
        >
      </div>
      <div class="plot" role="img" aria-label=${d}>
        <span class="top" aria-hidden="true">${p(r)}</span>
        ${H.map(i=>{let v=V("chart.day",{date:C1(i.date,M),calls:p(i.calls),nuisance:p(i.nuisance),stopped:p(i.stopped)}),s=Math.max(0,i.calls-i.nuisance),h=Math.max(0,i.nuisance-i.stopped);return A`<div class="day" title=${v} data-date=${i.date}>
            <div class="bar other" style="height:${m(s)}"></div>
            <div class="bar nuisance" style="height:${m(h)}"></div>
            <div class="bar stopped" style="height:${m(Math.min(i.stopped,i.calls))}"></div>
          </div>`})}
      </div>
      <div class="axis" aria-hidden="true">
        <span>${C1(H[0].date,M)}</span>
        <span>${C1(a.date,M)}</span>
      </div>
      <div class="legend" aria-hidden="true">
        <span><i class="swatch other"></i>${V("chart.rest")}</span>
        <span><i class="swatch nuisance"></i>${V("chart.nuisance")}</span>
        ${t?A`<span><i class="swatch stopped"></i>${V("chart.stopped")}</span>`:n}
      </div>
    `}};L1.styles=[g,c5],l([x({attribute:!1})],L1.prototype,"days",2),l([x({attribute:!1})],L1.prototype,"view",2);O("nc-chart",L1);var $=class extends Z{constructor(){super(...arguments);this.labels=[];this.search=""}shouldUpdate(){return this.view!==void 0}render(){let{localize:H,language:V,now:M}=this.view,r=this.search.trim(),e=this.labels;if(!e.length)return A`<div class="message">
        ${r?H("empty.search",{search:r}):H("empty.labels")}
      </div>`;let o=this.since?C1(this.since,V):"",t=Math.max(1,...e.map(a=>a.calls_since));return A`<div class="list" role="list">
      ${w1(e,a=>a.label,a=>A`
          <button
            class="row label-row verdict-${a.verdict}"
            role="listitem"
            title=${H("labels.show")}
            @click=${()=>c(this,"nc-show-label",a.label)}
          >
            <div class="badge">${u(t2)}</div>
            <div class="info">
              <div class="primary">${a.label}</div>
              <div class="secondary">
                ${[j(H,V,"numbers",a.callers),H("labels.total",{n:a.count.toLocaleString(V)}),a.last_seen?F1(a.last_seen,V,M):""].filter(Boolean).join(" · ")}
              </div>
            </div>
            <div class="bar-track" aria-hidden="true">
              <div class="bar" style="width:${100*a.calls_since/t}%"></div>
            </div>
            <div class="tally">
              <div class="count">${a.calls_since.toLocaleString(V)}</div>
              <div class="split">${H("labels.since",{date:o})}</div>
            </div>
            <span class="chevron">${u(n1)}</span>
          </button>
        `)}
    </div>`}};$.styles=[g,D1,g5],l([x({attribute:!1})],$.prototype,"labels",2),l([x({attribute:!1})],$.prototype,"search",2),l([x({attribute:!1})],$.prototype,"since",2),l([x({attribute:!1})],$.prototype,"view",2);O("nc-companies",$);var t3=["all","year","30d","7d"],f=class extends Z{constructor(){super(...arguments);this.search="";this.sort="count";this.descending=!0;this.sortable=!0;this.pickLine=!1;this.period="all";this.tags=[]}_change(H){c(this,"nc-query",H)}shouldUpdate(){return this.view!==void 0}render(){let{localize:H,lines:V}=this.view,M=H(this.descending?"sort.descending":"sort.ascending");return A`
      <label class="search">
        ${u(A2)}
        <input
          type="search"
          .value=${this.search}
          placeholder=${H("search")}
          aria-label=${H("search")}
          @input=${r=>this._change({search:r.target.value})}
        />
        ${this.search?A`<button
              class="icon-button"
              title=${H("search.clear")}
              aria-label=${H("search.clear")}
              @click=${()=>this._change({search:"",immediate:!0})}
            >
              ${u(e2)}
            </button>`:n}
      </label>
      ${this.sortable?A`
            <div class="sort">
              <select
                aria-label=${H("sort.by")}
                @change=${r=>this._change({sort:r.target.value})}
              >
                ${p1.map(r=>A`<option value=${r} ?selected=${r===this.sort}>
                      ${H(`sort.${r}`)}
                    </option>`)}
              </select>
              <button
                class="icon-button"
                title=${M}
                aria-label=${M}
                @click=${()=>this._change({descending:!this.descending})}
              >
                ${u(this.descending?Z2:s2)}
              </button>
            </div>
          `:n}
      ${this.sortable?A`
            <select
              class="period"
              aria-label=${H("period")}
              @change=${r=>this._change({period:r.target.value})}
            >
              ${t3.map(r=>A`<option value=${r} ?selected=${r===this.period}>
                    ${H(`period.${r}`)}
                  </option>`)}
            </select>
            ${this.tags.length?A`<select
                  class="tag"
                  aria-label=${H("filter.tag")}
                  @change=${r=>this._change({tag:r.target.value||void 0})}
                >
                  <option value="" ?selected=${!this.tag}>${H("filter.tag_all")}</option>
                  ${this.tags.map(r=>A`<option value=${r} ?selected=${r===this.tag}>
                        ${this.view?.tagText(r)??r}
                      </option>`)}
                </select>`:n}
          `:n}
      ${this.pickLine?A`
            <select
              aria-label=${H("editor.line")}
              @change=${r=>this._change({line:r.target.value||void 0})}
            >
              <option value="" ?selected=${!this.line}>${H("line.all")}</option>
              ${V.map(r=>A`<option value=${r.entry_id} ?selected=${r.entry_id===this.line}>
                    ${r.title}
                  </option>`)}
            </select>
          `:n}
    `}};f.styles=[g,E,Z5],l([x({attribute:!1})],f.prototype,"view",2),l([x({attribute:!1})],f.prototype,"search",2),l([x({attribute:!1})],f.prototype,"sort",2),l([x({attribute:!1})],f.prototype,"descending",2),l([x({attribute:!1})],f.prototype,"line",2),l([x({attribute:!1})],f.prototype,"sortable",2),l([x({attribute:!1})],f.prototype,"pickLine",2),l([x({attribute:!1})],f.prototype,"period",2),l([x({attribute:!1})],f.prototype,"tag",2),l([x({attribute:!1})],f.prototype,"tags",2);O("nc-toolbar",f);var E1=new WeakMap,f5=new Map;function i3(L){let C=E1.get(L);if(!C){let H=Y2(L);H.catch(()=>{E1.get(L)===H&&E1.delete(L)}),E1.set(L,H),C=H}return C}function o3(L){let C=L.language,H=f5.get(C);return H||(H=Promise.resolve().then(()=>C5(L)).catch(()=>{}),f5.set(C,H)),H}var $1=class{constructor(C){this.flag=[];this.revision=0;this.known=[];this.text=C=>{let H=H5(C);return this.localize?.(H)||this.loaded?.(H)||C};this.load=()=>{let C=this.connection;!C||this.loadedFrom===C||i3(C).then(H=>{this.connection===C&&(this.loadedFrom=C,this.flag=H.flag,this.known=H.known,this.host.requestUpdate())},()=>{})};this.host=C,C.addController(this)}hostConnected(){this.connection?.addEventListener("ready",this.load),this.load()}hostDisconnected(){this.connection?.removeEventListener("ready",this.load)}set hass(C){if(C.localize!==this.localize&&(this.localize=C.localize,this.revision+=1,this.host.requestUpdate()),C.language!==this.language){let H=C.language;this.language=H,this.loaded=void 0,o3(C).then(V=>{V&&this.language===H&&(this.loaded=V,this.revision+=1,this.host.requestUpdate())})}C.connection!==this.connection&&(this.hostDisconnected(),this.connection=C.connection,this.host.isConnected&&this.hostConnected())}};var k=class extends Z{constructor(){super(...arguments);this.preview=!1;this._language="en";this._callers=new R1(this);this._actions=new B1(this,()=>this._localize);this._tags=new $1(this);this._detailRequest=0;this._onTabKey=H=>{let V=w.indexOf(this._callers.filter),M={ArrowRight:V+1,ArrowLeft:V-1,Home:0,End:w.length-1};if(H.key in M){H.preventDefault();let r=(M[H.key]+w.length)%w.length;this._selectTab(w[r],!0)}};this._onQuery=H=>{this._callers.changeQuery(H.detail)};this._onRowAction=H=>{let V=H.detail;if(V.kind==="open"){this._actions.closePanel(),this._open=V.caller.number,this._detail=void 0,this._loadDetail(V.caller.number);return}this._actions.handle(V)};this._back=()=>{let H=this._open;this._open=void 0,this._detail=void 0,this._actions.closePanel(),this.updateComplete.then(()=>this.renderRoot.querySelector(`nc-caller-row[data-number="${CSS.escape(H??"")}"]`)?.shadowRoot?.querySelector("button.open")?.focus())};this._export=async H=>{let V=this._hass?.connection;if(!V)return;let M=H.detail;try{let r=await X2(V,M),e=new Date().toISOString().slice(0,10),o=M?M.replace(/[^0-9a-z+]/gi,""):"all";e5(`nuisance-calls-${o}-${e}.csv`,r.csv)}catch(r){this._notify(this._localize("error.action",{action:this._localize("caller.export"),message:z(r)}))}};this._onShowLabel=H=>{this._actions.closePanel(),this._callers.showLabel(H.detail)}}static getStubConfig(){return p5()}static getConfigForm(){return m5()}setConfig(H){X1(H);let V=this._config;this._config=H,(!V||V.filter!==H.filter||V.sort!==H.sort||V.line!==H.line||V.max_rows!==H.max_rows||V.show_chart!==H.show_chart||V.compact!==H.compact)&&this._callers.configure(H)}getCardSize(){let H=this._callers,V=H.filter==="labels"?H.labels.length:Math.min(H.callers.length,H.limit);return 2+(H.chart?3:0)+Math.max(1,V)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}set hass(H){let V=!this._hass;this._hass=H;let M=H.locale?.language??H.language??"en";d5(M),this._language=M,this._actions.hass=H,this._tags.hass=H,this._callers.setConnection(H.connection),this._config?.compact&&(this._ringingNow=this._ringing()),V&&(this._callers.onPush=r=>{this._open&&r.includes(this._open)&&this._loadDetail(this._open)})}get hass(){return this._hass}_selectTab(H,V=!1){this._open=void 0,H!==this._callers.filter&&(this._actions.closePanel(),this._callers.selectTab(H)),V&&this.updateComplete.then(()=>this.renderRoot.querySelector(`.tab[data-tab="${H}"]`)?.focus())}async _loadDetail(H){let V=this._hass?.connection;if(!V)return;let M=++this._detailRequest;try{let r=await j2(V,H);M===this._detailRequest&&this._open===H&&(this._detail=r)}catch(r){this._notify(this._localize("error.load",{message:z(r)}))}}_notify(H){this.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:H},bubbles:!0,composed:!0}))}get _localize(){return Q(this._language)}shouldUpdate(H){return this._config!==void 0||H.has("_config")}_view(){let H=this._makeView(),V=this._lastView;return V&&Object.keys(H).every(M=>M==="localize"||V[M]===H[M])?V:(this._lastView=H,H)}_makeView(){let H=this._callers;return{localize:this._localize,language:this._language,now:H.now,timeZone:this._hass?.config?.time_zone,lines:H.lines,tagText:this._tags.text,flagTags:this._tags.flag,textsRevision:this._tags.revision,canChange:this._hass?.user?.is_admin??!1,userId:this._hass?.user?.id,preview:this.preview}}render(){let H=this._view(),{localize:V}=H,M=this._config,r=this._callers,e=r.filter==="labels",o=M.title??V("title");return M.compact&&!this._open?this._renderCompact(H,o):A`
      <ha-card .header=${o||void 0}>
        <div class="frame" ?inert=${this.preview}>
          ${r.chart?A`<nc-chart .days=${r.days} .view=${H}></nc-chart>`:n}
          <div class="tabs" role="tablist" aria-label=${V("tabs")} @keydown=${this._onTabKey}>
            ${w.map(t=>{let a=t===r.filter;return A`
                <button
                  class="tab"
                  role="tab"
                  id="tab-${t}"
                  data-tab=${t}
                  aria-selected=${a?"true":"false"}
                  aria-controls="panel"
                  tabindex=${a?"0":"-1"}
                  @click=${()=>this._selectTab(t)}
                >
                  ${V(`tab.${t}`)}
                </button>
              `})}
          </div>
          <div id="panel" role="tabpanel" aria-labelledby="tab-${r.filter}">
            ${this._open?this._renderCaller(H):A`
                  <nc-toolbar
                    .view=${H}
                    .search=${r.search}
                    .sort=${r.sort}
                    .descending=${r.descending}
                    .line=${r.line}
                    .period=${r.period}
                    .tag=${r.tag}
                    .tags=${this._tags.known}
                    .sortable=${!e}
                    .pickLine=${!e&&r.lines.length>1&&!M.line}
                    @nc-query=${this._onQuery}
                  ></nc-toolbar>
                  <div class="content">${this._renderContent(H,e)}</div>
                  ${this._renderFooter(H)}
                `}
          </div>
          <div class="sr-only" aria-live="polite">${r.announce}</div>
        </div>
      </ha-card>
    `}_ringing(){let H=this._hass;if(!(!H?.entities||!H.states))for(let[V,M]of Object.entries(H.entities)){if(M.platform!=="nuisance_calls"||!V.startsWith("event."))continue;let r=H.states[V],e=r?.attributes.event_type,o=Date.parse(r?.state??"");if((e==="incoming_call"||e==="nuisance_call")&&Date.now()-o<3e5){let t=r.attributes;return String(t.label||t.number||this._localize("anonymous"))}}}_renderCompact(H,V){let{localize:M,language:r}=H,e=this._callers,o=e.filter==="labels",t=e.days[e.days.length-1],a=this._ringingNow,p=m=>m.toLocaleString(r),d=o?e.labels.map(m=>({key:m.label,name:m.label,count:m.calls_since})):e.callers.map(m=>({key:m.number,name:m.number==="anonymous"?M("anonymous"):m.label||m.formatted_number,count:m.count}));return A`
      <ha-card .header=${V||void 0}>
        <div class="frame compact" ?inert=${this.preview}>
          ${t?A`<div class="today-line">
                ${M("chart.today",{calls:p(t.calls),nuisance:p(t.nuisance)})}
              </div>`:n}
          ${a?A`<div class="ringing" role="status">${M("ringing",{name:a})}</div>`:n}
          ${e.loaded?d.length?A`<ol class="top">
                  ${d.map(m=>A`<li>
                      <span class="name">${m.name}</span><span class="top-count">${p(m.count)}</span>
                    </li>`)}
                </ol>`:A`<div class="message">${M("empty.callers")}</div>`:A`<div class="message" role="status">${M("loading")}</div>`}
        </div>
      </ha-card>
    `}_renderCaller(H){let V=this._detail;if(!V)return A`<div class="message" role="status">${H.localize("loading")}</div>`;let M=this._actions;return A`<nc-caller-page
      .detail=${V}
      .view=${H}
      .busy=${M.busy.has(V.number)}
      .flagging=${M.flagging===V.number}
      .confirming=${M.confirmReset===V.number}
      @nc-row-action=${this._onRowAction}
      @nc-back=${this._back}
      @nc-export=${this._export}
    ></nc-caller-page>`}_renderContent(H,V){let{localize:M}=H,r=this._callers,e=r.error;if(e)return A`<div class="message error" role="alert">
        ${e.notSetUp?M("error.not_set_up"):M("error.load",{message:e.message})}
      </div>`;let o=r.shownFilter===void 0||r.shownFilter==="labels"!==V,t=V?!r.labels.length:!r.callers.length;if(!r.loaded||o||r.loading&&t)return A`<div class="message" role="status">${M("loading")}</div>`;if(V)return A`<nc-companies
        .labels=${r.labels}
        .search=${r.shownSearch}
        .since=${r.since}
        .view=${H}
        @nc-show-label=${this._onShowLabel}
      ></nc-companies>`;if(!r.callers.length){let p=r.shownSearch,d=r.filter!=="all"||r.period!=="all"||r.tag||r.line;return A`<div class="message empty">
        ${p?M("empty.search",{search:p}):d?M("empty.filtered"):A`<p><strong>${M("empty.callers")}</strong></p>
                <p>${M("empty.explain")}</p>`}
      </div>`}let a=this._actions;return A`<div class="list" role="list" @nc-row-action=${this._onRowAction}>
      ${w1(r.callers,p=>p.number,p=>A`<nc-caller-row
          .caller=${p}
          .view=${H}
          .flash=${r.flash.has(p.number)}
          .busy=${a.busy.has(p.number)}
          .flagging=${a.flagging===p.number}
        ></nc-caller-row>`)}
    </div>`}_renderFooter(H){let{localize:V,language:M}=H,r=this._callers,e=r.filter==="labels",o=e?r.labels.length:r.callers.length,t=e?r.labelsTotal:r.total;if(r.error||o===0)return n;let a=r.offset+1,p=r.offset+o,d=(m,i,v,s)=>A`
      <button
        class="icon-button page-${m<0?"back":"on"}"
        title=${V(i)}
        aria-label=${V(i)}
        ?disabled=${!s}
        @click=${()=>{this._actions.closePanel(),this._callers.turnPage(m)}}
      >
        ${u(v)}
      </button>
    `;return A`
      <div class="footer">
        <span class="range" role="status"
          >${V("showing",{first:a.toLocaleString(M),last:p.toLocaleString(M),total:t.toLocaleString(M)})}</span
        >
        <span class="pager">
          ${d(-1,"page.back",r2,r.offset>0)}
          ${d(1,"page.on",n1,r.hasNext)}
        </span>
        ${e?n:A`<button
              class="icon-button export-all"
              title=${V("export.all")}
              aria-label=${V("export.all")}
              @click=${()=>{this._export(new CustomEvent("nc-export",{detail:void 0}))}}
            >
              ${u(l1)}
            </button>`}
      </div>
    `}};k.styles=[g,H1,E,D1,s5],l([x({type:Boolean})],k.prototype,"preview",2),l([K()],k.prototype,"_config",2),l([K()],k.prototype,"_language",2),l([K()],k.prototype,"_open",2),l([K()],k.prototype,"_detail",2),l([K()],k.prototype,"_ringingNow",2);if(!customElements.get(X)){O(X,k);let L=new URL(import.meta.url).searchParams.get("v")??"dev";console.info(`nuisance-calls-card ${L}`)}window.customCards=window.customCards??[];window.customCards.some(L=>L.type===X)||window.customCards.push({type:X,get name(){return Q(d1())("title")},get description(){return Q(d1())("description")},preview:!0,documentationURL:"https://github.com/nuisance-calls/nuisance_calls#the-card"});
