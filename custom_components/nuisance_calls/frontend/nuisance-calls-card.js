/*! nuisance-calls-card, built from frontend/ (npm ci && npm run build); do not edit. Lit: BSD-3-Clause; MDI icons: Apache-2.0. */
var I5=Object.defineProperty;var U5=Object.getOwnPropertyDescriptor;var l=(M,H,C,V)=>{for(var L=V>1?void 0:V?U5(H,C):H,e=M.length-1,r;e>=0;e--)(r=M[e])&&(L=(V?r(H,C,L):r(L))||L);return V&&L&&I5(H,C,L),L};var l2="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z";var m2="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M12 20C7.59 20 4 16.41 4 12S7.59 4 12 4 20 7.59 20 12 16.41 20 12 20M16.59 7.58L10 14.17L7.41 11.59L6 13L10 17L18 9L16.59 7.58Z";var v2="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z";var t1="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var x2="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var G1="M18,15H16V17H18M18,11H16V13H18M20,19H12V17H14V15H12V13H14V11H12V9H20M10,7H8V5H10M10,11H8V9H10M10,15H8V13H10M10,19H8V17H10M6,7H4V5H6M6,11H4V9H6M6,15H4V13H6M6,19H4V17H6M12,7V3H2V21H22V7H12Z";var u1="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z";var s2="M14.4,6L14,4H5V21H7V14H12.6L13,16H20V6H14.4Z";var c1="M12.36,6L12.76,8H18V14H14.64L14.24,12H7V6H12.36M14,4H5V21H7V14H12.6L13,16H20V6H14.4";var Z2="M13 16L12.6 14H7V21H5V4H14L14.4 6H20V13.09C19.67 13.04 19.34 13 19 13C18.66 13 18.33 13.04 18 13.09V8H12.76L12.36 6H7V12H14.24L14.64 14H15.69C14.92 14.5 14.27 15.2 13.81 16H13M21.12 15.46L19 17.59L16.88 15.46L15.47 16.88L17.59 19L15.47 21.12L16.88 22.54L19 20.41L21.12 22.54L22.54 21.12L20.41 19L22.54 16.88L21.12 15.46Z";var u2="M17.06 13C15.2 13 13.64 14.33 13.24 16.1C12.29 15.69 11.42 15.8 10.76 16.09C10.35 14.31 8.79 13 6.94 13C4.77 13 3 14.79 3 17C3 19.21 4.77 21 6.94 21C9 21 10.68 19.38 10.84 17.32C11.18 17.08 12.07 16.63 13.16 17.34C13.34 19.39 15 21 17.06 21C19.23 21 21 19.21 21 17C21 14.79 19.23 13 17.06 13M6.94 19.86C5.38 19.86 4.13 18.58 4.13 17S5.39 14.14 6.94 14.14C8.5 14.14 9.75 15.42 9.75 17S8.5 19.86 6.94 19.86M17.06 19.86C15.5 19.86 14.25 18.58 14.25 17S15.5 14.14 17.06 14.14C18.62 14.14 19.88 15.42 19.88 17S18.61 19.86 17.06 19.86M22 10.5H2V12H22V10.5M15.53 2.63C15.31 2.14 14.75 1.88 14.22 2.05L12 2.79L9.77 2.05L9.72 2.04C9.19 1.89 8.63 2.17 8.43 2.68L6 9H18L15.56 2.68L15.53 2.63Z";var c2="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var S1="M18.13 12L19.39 10.74C19.83 10.3 20.39 10.06 21 10V9L15 3H5C3.89 3 3 3.89 3 5V19C3 20.1 3.89 21 5 21H11V19.13L11.13 19H5V5H12V12H18.13M14 4.5L19.5 10H14V4.5M19.13 13.83L21.17 15.87L15.04 22H13V19.96L19.13 13.83M22.85 14.19L21.87 15.17L19.83 13.13L20.81 12.15C21 11.95 21.33 11.95 21.53 12.15L22.85 13.47C23.05 13.67 23.05 14 22.85 14.19Z";var h1="M5 19V5H12V12H19V13C19.7 13 20.37 13.13 21 13.35V9L15 3H5C3.89 3 3 3.89 3 5V19C3 20.1 3.89 21 5 21H13.35C13.13 20.37 13 19.7 13 19H5M14 4.5L19.5 10H14V4.5M23 18V20H20V23H18V20H15V18H18V15H20V18H23Z";var S2="M6.62 10.79C8.06 13.62 10.38 15.94 13.21 17.38L15.41 15.18C15.69 14.9 16.08 14.82 16.43 14.93C17.55 15.3 18.75 15.5 20 15.5C20.55 15.5 21 15.95 21 16.5V20C21 20.55 20.55 21 20 21C10.61 21 3 13.39 3 4C3 3.45 3.45 3 4 3H7.5C8.05 3 8.5 3.45 8.5 4C8.5 5.25 8.7 6.45 9.07 7.57C9.18 7.92 9.1 8.31 8.82 8.59L6.62 10.79M16.5 2C14 2 12 4 12 6.5S14 11 16.5 11 21 9 21 6.5 19 2 16.5 2M16.5 9.5C14.84 9.5 13.5 8.16 13.5 6.5C13.5 5.94 13.65 5.42 13.92 5L18 9.08C17.58 9.35 17.06 9.5 16.5 9.5M19.08 8L15 3.92C15.42 3.65 15.94 3.5 16.5 3.5C18.16 3.5 19.5 4.84 19.5 6.5C19.5 7.06 19.35 7.58 19.08 8Z";var h2="M6.62 10.79A15.1 15.1 0 0 0 13.21 17.38L15.41 15.18A1 1 0 0 1 16.41 14.93A11.36 11.36 0 0 0 20 15.5A1 1 0 0 1 21 16.5V20A1 1 0 0 1 20 21A17 17 0 0 1 3 4A1 1 0 0 1 4 3H7.5A1 1 0 0 1 8.5 4A11.36 11.36 0 0 0 9.07 7.57A1 1 0 0 1 8.82 8.57M21.71 4.71L20.29 3.29L15 8.59L12.71 6.29L11.29 7.71L15 11.41Z";var g2="M12,9C10.4,9 8.85,9.25 7.4,9.72V12.82C7.4,13.22 7.17,13.56 6.84,13.72C5.86,14.21 4.97,14.84 4.17,15.57C4,15.75 3.75,15.86 3.5,15.86C3.2,15.86 2.95,15.74 2.77,15.56L0.29,13.08C0.11,12.9 0,12.65 0,12.38C0,12.1 0.11,11.85 0.29,11.67C3.34,8.77 7.46,7 12,7C16.54,7 20.66,8.77 23.71,11.67C23.89,11.85 24,12.1 24,12.38C24,12.65 23.89,12.9 23.71,13.08L21.23,15.56C21.05,15.74 20.8,15.86 20.5,15.86C20.25,15.86 20,15.75 19.82,15.57C19.03,14.84 18.14,14.21 17.16,13.72C16.83,13.56 16.6,13.22 16.6,12.82V9.72C15.15,9.25 13.6,9 12,9Z";var f2="M4,3A1,1 0 0,0 3,4A17,17 0 0,0 20,21A1,1 0 0,0 21,20V16.5A1,1 0 0,0 20,15.5C18.75,15.5 17.55,15.3 16.43,14.93C16.08,14.82 15.69,14.9 15.41,15.17L13.21,17.37C10.38,15.93 8.06,13.62 6.62,10.78L8.82,8.57C9.1,8.31 9.18,7.92 9.07,7.57C8.7,6.45 8.5,5.25 8.5,4A1,1 0 0,0 7.5,3H4M19,11V9.5H15.5L21,4L20,3L14.5,8.5V5H13V11H19Z";var O2="M23.71,16.67C20.66,13.77 16.54,12 12,12C7.46,12 3.34,13.77 0.29,16.67C0.11,16.85 0,17.1 0,17.38C0,17.65 0.11,17.9 0.29,18.08L2.77,20.56C2.95,20.74 3.2,20.86 3.5,20.86C3.75,20.86 4,20.75 4.18,20.57C4.97,19.83 5.86,19.21 6.84,18.72C7.17,18.56 7.4,18.22 7.4,17.82V14.72C8.85,14.25 10.39,14 12,14C13.6,14 15.15,14.25 16.6,14.72V17.82C16.6,18.22 16.83,18.56 17.16,18.72C18.14,19.21 19.03,19.83 19.82,20.57C20,20.75 20.25,20.86 20.5,20.86C20.8,20.86 21.05,20.74 21.23,20.56L23.71,18.08C23.89,17.9 24,17.65 24,17.38C24,17.1 23.89,16.85 23.71,16.67M6.5,5.5L12,11L19,4L18,3L12,9L7.5,4.5H11V3H5V9H6.5V5.5Z";var b2="M20,15.5C18.8,15.5 17.5,15.3 16.4,14.9C16.3,14.9 16.2,14.9 16.1,14.9C15.8,14.9 15.6,15 15.4,15.2L13.2,17.4C10.4,15.9 8,13.6 6.6,10.8L8.8,8.6C9.1,8.3 9.2,7.9 9,7.6C8.7,6.5 8.5,5.2 8.5,4C8.5,3.5 8,3 7.5,3H4C3.5,3 3,3.5 3,4C3,13.4 10.6,21 20,21C20.5,21 21,20.5 21,20V16.5C21,16 20.5,15.5 20,15.5M5,5H6.5C6.6,5.9 6.8,6.8 7,7.6L5.8,8.8C5.4,7.6 5.1,6.3 5,5M19,19C17.7,18.9 16.4,18.6 15.2,18.2L16.4,17C17.2,17.2 18.1,17.4 19,17.4V19Z";var y2="M13,3A9,9 0 0,0 4,12H1L4.89,15.89L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3Z";var Q1="M19 17H22L18 21L14 17H17V3H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var K1="M19 7H22L18 3L14 7H17V21H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var g1=globalThis,f1=g1.ShadowRoot&&(g1.ShadyCSS===void 0||g1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,q1=Symbol(),k2=new WeakMap,i1=class{constructor(H,C,V){if(this._$cssResult$=!0,V!==q1)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=H,this.t=C}get styleSheet(){let H=this.o,C=this.t;if(f1&&H===void 0){let V=C!==void 0&&C.length===1;V&&(H=k2.get(C)),H===void 0&&((this.o=H=new CSSStyleSheet).replaceSync(this.cssText),V&&k2.set(C,H))}return H}toString(){return this.cssText}},w2=M=>new i1(typeof M=="string"?M:M+"",void 0,q1),S=(M,...H)=>{let C=M.length===1?M[0]:H.reduce((V,L,e)=>V+(r=>{if(r._$cssResult$===!0)return r.cssText;if(typeof r=="number")return r;throw Error("Value passed to 'css' function must be a 'css' function result: "+r+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(L)+M[e+1],M[0]);return new i1(C,M,q1)},P2=(M,H)=>{if(f1)M.adoptedStyleSheets=H.map(C=>C instanceof CSSStyleSheet?C:C.styleSheet);else for(let C of H){let V=document.createElement("style"),L=g1.litNonce;L!==void 0&&V.setAttribute("nonce",L),V.textContent=C.cssText,M.appendChild(V)}},j1=f1?M=>M:M=>M instanceof CSSStyleSheet?(H=>{let C="";for(let V of H.cssRules)C+=V.cssText;return w2(C)})(M):M;var{is:G5,defineProperty:Q5,getOwnPropertyDescriptor:K5,getOwnPropertyNames:q5,getOwnPropertySymbols:j5,getPrototypeOf:X5}=Object,O1=globalThis,B2=O1.trustedTypes,Y5=B2?B2.emptyScript:"",J5=O1.reactiveElementPolyfillSupport,o1=(M,H)=>M,a1={toAttribute(M,H){switch(H){case Boolean:M=M?Y5:null;break;case Object:case Array:M=M==null?M:JSON.stringify(M)}return M},fromAttribute(M,H){let C=M;switch(H){case Boolean:C=M!==null;break;case Number:C=M===null?null:Number(M);break;case Object:case Array:try{C=JSON.parse(M)}catch{C=null}}return C}},b1=(M,H)=>!G5(M,H),T2={attribute:!0,type:String,converter:a1,reflect:!1,useDefault:!1,hasChanged:b1};Symbol.metadata??=Symbol("metadata"),O1.litPropertyMetadata??=new WeakMap;var F=class extends HTMLElement{static addInitializer(H){this._$Ei(),(this.l??=[]).push(H)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(H,C=T2){if(C.state&&(C.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(H)&&((C=Object.create(C)).wrapped=!0),this.elementProperties.set(H,C),!C.noAccessor){let V=Symbol(),L=this.getPropertyDescriptor(H,V,C);L!==void 0&&Q5(this.prototype,H,L)}}static getPropertyDescriptor(H,C,V){let{get:L,set:e}=K5(this.prototype,H)??{get(){return this[C]},set(r){this[C]=r}};return{get:L,set(r){let i=L?.call(this);e?.call(this,r),this.requestUpdate(H,i,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(H){return this.elementProperties.get(H)??T2}static _$Ei(){if(this.hasOwnProperty(o1("elementProperties")))return;let H=X5(this);H.finalize(),H.l!==void 0&&(this.l=[...H.l]),this.elementProperties=new Map(H.elementProperties)}static finalize(){if(this.hasOwnProperty(o1("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(o1("properties"))){let C=this.properties,V=[...q5(C),...j5(C)];for(let L of V)this.createProperty(L,C[L])}let H=this[Symbol.metadata];if(H!==null){let C=litPropertyMetadata.get(H);if(C!==void 0)for(let[V,L]of C)this.elementProperties.set(V,L)}this._$Eh=new Map;for(let[C,V]of this.elementProperties){let L=this._$Eu(C,V);L!==void 0&&this._$Eh.set(L,C)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(H){let C=[];if(Array.isArray(H)){let V=new Set(H.flat(1/0).reverse());for(let L of V)C.unshift(j1(L))}else H!==void 0&&C.push(j1(H));return C}static _$Eu(H,C){let V=C.attribute;return V===!1?void 0:typeof V=="string"?V:typeof H=="string"?H.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(H=>this.enableUpdating=H),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(H=>H(this))}addController(H){(this._$EO??=new Set).add(H),this.renderRoot!==void 0&&this.isConnected&&H.hostConnected?.()}removeController(H){this._$EO?.delete(H)}_$E_(){let H=new Map,C=this.constructor.elementProperties;for(let V of C.keys())this.hasOwnProperty(V)&&(H.set(V,this[V]),delete this[V]);H.size>0&&(this._$Ep=H)}createRenderRoot(){let H=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return P2(H,this.constructor.elementStyles),H}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(H=>H.hostConnected?.())}enableUpdating(H){}disconnectedCallback(){this._$EO?.forEach(H=>H.hostDisconnected?.())}attributeChangedCallback(H,C,V){this._$AK(H,V)}_$ET(H,C){let V=this.constructor.elementProperties.get(H),L=this.constructor._$Eu(H,V);if(L!==void 0&&V.reflect===!0){let e=(V.converter?.toAttribute!==void 0?V.converter:a1).toAttribute(C,V.type);this._$Em=H,e==null?this.removeAttribute(L):this.setAttribute(L,e),this._$Em=null}}_$AK(H,C){let V=this.constructor,L=V._$Eh.get(H);if(L!==void 0&&this._$Em!==L){let e=V.getPropertyOptions(L),r=typeof e.converter=="function"?{fromAttribute:e.converter}:e.converter?.fromAttribute!==void 0?e.converter:a1;this._$Em=L;let i=r.fromAttribute(C,e.type);this[L]=i??this._$Ej?.get(L)??i,this._$Em=null}}requestUpdate(H,C,V,L=!1,e){if(H!==void 0){let r=this.constructor;if(L===!1&&(e=this[H]),V??=r.getPropertyOptions(H),!((V.hasChanged??b1)(e,C)||V.useDefault&&V.reflect&&e===this._$Ej?.get(H)&&!this.hasAttribute(r._$Eu(H,V))))return;this.C(H,C,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(H,C,{useDefault:V,reflect:L,wrapped:e},r){V&&!(this._$Ej??=new Map).has(H)&&(this._$Ej.set(H,r??C??this[H]),e!==!0||r!==void 0)||(this._$AL.has(H)||(this.hasUpdated||V||(C=void 0),this._$AL.set(H,C)),L===!0&&this._$Em!==H&&(this._$Eq??=new Set).add(H))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(C){Promise.reject(C)}let H=this.scheduleUpdate();return H!=null&&await H,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[L,e]of this._$Ep)this[L]=e;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[L,e]of V){let{wrapped:r}=e,i=this[L];r!==!0||this._$AL.has(L)||i===void 0||this.C(L,void 0,e,i)}}let H=!1,C=this._$AL;try{H=this.shouldUpdate(C),H?(this.willUpdate(C),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(C)):this._$EM()}catch(V){throw H=!1,this._$EM(),V}H&&this._$AE(C)}willUpdate(H){}_$AE(H){this._$EO?.forEach(C=>C.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(H)),this.updated(H)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(H){return!0}update(H){this._$Eq&&=this._$Eq.forEach(C=>this._$ET(C,this[C])),this._$EM()}updated(H){}firstUpdated(H){}};F.elementStyles=[],F.shadowRootOptions={mode:"open"},F[o1("elementProperties")]=new Map,F[o1("finalized")]=new Map,J5?.({ReactiveElement:F}),(O1.reactiveElementVersions??=[]).push("2.1.2");var Y1=globalThis,R2=M=>M,y1=Y1.trustedTypes,F2=y1?y1.createPolicy("lit-html",{createHTML:M=>M}):void 0,J1="$lit$",D=`lit$${Math.random().toFixed(9).slice(2)}$`,C2="?"+D,C3=`<${C2}>`,K=document,d1=()=>K.createComment(""),n1=M=>M===null||typeof M!="object"&&typeof M!="function",H2=Array.isArray,W2=M=>H2(M)||typeof M?.[Symbol.iterator]=="function",X1=`[ 	
\f\r]`,A1=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,D2=/-->/g,$2=/>/g,G=RegExp(`>|${X1}(?:([^\\s"'>=/]+)(${X1}*=${X1}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),E2=/'/g,_2=/"/g,z2=/^(?:script|style|textarea|title)$/i,V2=M=>(H,...C)=>({_$litType$:M,strings:H,values:C}),a=V2(1),l1=V2(2),F3=V2(3),$=Symbol.for("lit-noChange"),m=Symbol.for("lit-nothing"),N2=new WeakMap,Q=K.createTreeWalker(K,129);function I2(M,H){if(!H2(M)||!M.hasOwnProperty("raw"))throw Error("invalid template strings array");return F2!==void 0?F2.createHTML(H):H}var U2=(M,H)=>{let C=M.length-1,V=[],L,e=H===2?"<svg>":H===3?"<math>":"",r=A1;for(let i=0;i<C;i++){let t=M[i],d,n,A=-1,p=0;for(;p<t.length&&(r.lastIndex=p,n=r.exec(t),n!==null);)p=r.lastIndex,r===A1?n[1]==="!--"?r=D2:n[1]!==void 0?r=$2:n[2]!==void 0?(z2.test(n[2])&&(L=RegExp("</"+n[2],"g")),r=G):n[3]!==void 0&&(r=G):r===G?n[0]===">"?(r=L??A1,A=-1):n[1]===void 0?A=-2:(A=r.lastIndex-n[2].length,d=n[1],r=n[3]===void 0?G:n[3]==='"'?_2:E2):r===_2||r===E2?r=G:r===D2||r===$2?r=A1:(r=G,L=void 0);let o=r===G&&M[i+1].startsWith("/>")?" ":"";e+=r===A1?t+C3:A>=0?(V.push(d),t.slice(0,A)+J1+t.slice(A)+D+o):t+D+(A===-2?i:o)}return[I2(M,e+(M[C]||"<?>")+(H===2?"</svg>":H===3?"</math>":"")),V]},p1=class M{constructor({strings:H,_$litType$:C},V){let L;this.parts=[];let e=0,r=0,i=H.length-1,t=this.parts,[d,n]=U2(H,C);if(this.el=M.createElement(d,V),Q.currentNode=this.el.content,C===2||C===3){let A=this.el.content.firstChild;A.replaceWith(...A.childNodes)}for(;(L=Q.nextNode())!==null&&t.length<i;){if(L.nodeType===1){if(L.hasAttributes())for(let A of L.getAttributeNames())if(A.endsWith(J1)){let p=n[r++],o=L.getAttribute(A).split(D),x=/([.?@])?(.*)/.exec(p);t.push({type:1,index:e,name:x[2],strings:o,ctor:x[1]==="."?w1:x[1]==="?"?P1:x[1]==="@"?B1:j}),L.removeAttribute(A)}else A.startsWith(D)&&(t.push({type:6,index:e}),L.removeAttribute(A));if(z2.test(L.tagName)){let A=L.textContent.split(D),p=A.length-1;if(p>0){L.textContent=y1?y1.emptyScript:"";for(let o=0;o<p;o++)L.append(A[o],d1()),Q.nextNode(),t.push({type:2,index:++e});L.append(A[p],d1())}}}else if(L.nodeType===8)if(L.data===C2)t.push({type:2,index:e});else{let A=-1;for(;(A=L.data.indexOf(D,A+1))!==-1;)t.push({type:7,index:e}),A+=D.length-1}e++}}static createElement(H,C){let V=K.createElement("template");return V.innerHTML=H,V}};function q(M,H,C=M,V){if(H===$)return H;let L=V!==void 0?C._$Co?.[V]:C._$Cl,e=n1(H)?void 0:H._$litDirective$;return L?.constructor!==e&&(L?._$AO?.(!1),e===void 0?L=void 0:(L=new e(M),L._$AT(M,C,V)),V!==void 0?(C._$Co??=[])[V]=L:C._$Cl=L),L!==void 0&&(H=q(M,L._$AS(M,H.values),L,V)),H}var k1=class{constructor(H,C){this._$AV=[],this._$AN=void 0,this._$AD=H,this._$AM=C}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(H){let{el:{content:C},parts:V}=this._$AD,L=(H?.creationScope??K).importNode(C,!0);Q.currentNode=L;let e=Q.nextNode(),r=0,i=0,t=V[0];for(;t!==void 0;){if(r===t.index){let d;t.type===2?d=new Y(e,e.nextSibling,this,H):t.type===1?d=new t.ctor(e,t.name,t.strings,this,H):t.type===6&&(d=new T1(e,this,H)),this._$AV.push(d),t=V[++i]}r!==t?.index&&(e=Q.nextNode(),r++)}return Q.currentNode=K,L}p(H){let C=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(H,V,C),C+=V.strings.length-2):V._$AI(H[C])),C++}},Y=class M{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(H,C,V,L){this.type=2,this._$AH=m,this._$AN=void 0,this._$AA=H,this._$AB=C,this._$AM=V,this.options=L,this._$Cv=L?.isConnected??!0}get parentNode(){let H=this._$AA.parentNode,C=this._$AM;return C!==void 0&&H?.nodeType===11&&(H=C.parentNode),H}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(H,C=this){H=q(this,H,C),n1(H)?H===m||H==null||H===""?(this._$AH!==m&&this._$AR(),this._$AH=m):H!==this._$AH&&H!==$&&this._(H):H._$litType$!==void 0?this.$(H):H.nodeType!==void 0?this.T(H):W2(H)?this.k(H):this._(H)}O(H){return this._$AA.parentNode.insertBefore(H,this._$AB)}T(H){this._$AH!==H&&(this._$AR(),this._$AH=this.O(H))}_(H){this._$AH!==m&&n1(this._$AH)?this._$AA.nextSibling.data=H:this.T(K.createTextNode(H)),this._$AH=H}$(H){let{values:C,_$litType$:V}=H,L=typeof V=="number"?this._$AC(H):(V.el===void 0&&(V.el=p1.createElement(I2(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===L)this._$AH.p(C);else{let e=new k1(L,this),r=e.u(this.options);e.p(C),this.T(r),this._$AH=e}}_$AC(H){let C=N2.get(H.strings);return C===void 0&&N2.set(H.strings,C=new p1(H)),C}k(H){H2(this._$AH)||(this._$AH=[],this._$AR());let C=this._$AH,V,L=0;for(let e of H)L===C.length?C.push(V=new M(this.O(d1()),this.O(d1()),this,this.options)):V=C[L],V._$AI(e),L++;L<C.length&&(this._$AR(V&&V._$AB.nextSibling,L),C.length=L)}_$AR(H=this._$AA.nextSibling,C){for(this._$AP?.(!1,!0,C);H!==this._$AB;){let V=R2(H).nextSibling;R2(H).remove(),H=V}}setConnected(H){this._$AM===void 0&&(this._$Cv=H,this._$AP?.(H))}},j=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(H,C,V,L,e){this.type=1,this._$AH=m,this._$AN=void 0,this.element=H,this.name=C,this._$AM=L,this.options=e,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=m}_$AI(H,C=this,V,L){let e=this.strings,r=!1;if(e===void 0)H=q(this,H,C,0),r=!n1(H)||H!==this._$AH&&H!==$,r&&(this._$AH=H);else{let i=H,t,d;for(H=e[0],t=0;t<e.length-1;t++)d=q(this,i[V+t],C,t),d===$&&(d=this._$AH[t]),r||=!n1(d)||d!==this._$AH[t],d===m?H=m:H!==m&&(H+=(d??"")+e[t+1]),this._$AH[t]=d}r&&!L&&this.j(H)}j(H){H===m?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,H??"")}},w1=class extends j{constructor(){super(...arguments),this.type=3}j(H){this.element[this.name]=H===m?void 0:H}},P1=class extends j{constructor(){super(...arguments),this.type=4}j(H){this.element.toggleAttribute(this.name,!!H&&H!==m)}},B1=class extends j{constructor(H,C,V,L,e){super(H,C,V,L,e),this.type=5}_$AI(H,C=this){if((H=q(this,H,C,0)??m)===$)return;let V=this._$AH,L=H===m&&V!==m||H.capture!==V.capture||H.once!==V.once||H.passive!==V.passive,e=H!==m&&(V===m||L);L&&this.element.removeEventListener(this.name,this,V),e&&this.element.addEventListener(this.name,this,H),this._$AH=H}handleEvent(H){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,H):this._$AH.handleEvent(H)}},T1=class{constructor(H,C,V){this.element=H,this.type=6,this._$AN=void 0,this._$AM=C,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(H){q(this,H)}},G2={M:J1,P:D,A:C2,C:1,L:U2,R:k1,D:W2,V:q,I:Y,H:j,N:P1,U:B1,B:w1,F:T1},H3=Y1.litHtmlPolyfillSupport;H3?.(p1,Y),(Y1.litHtmlVersions??=[]).push("3.3.3");var Q2=(M,H,C)=>{let V=C?.renderBefore??H,L=V._$litPart$;if(L===void 0){let e=C?.renderBefore??null;V._$litPart$=L=new Y(H.insertBefore(d1(),e),e,void 0,C??{})}return L._$AI(M),L};var L2=globalThis,u=class extends F{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let H=super.createRenderRoot();return this.renderOptions.renderBefore??=H.firstChild,H}update(H){let C=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(H),this._$Do=Q2(C,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return $}};u._$litElement$=!0,u.finalized=!0,L2.litElementHydrateSupport?.({LitElement:u});var V3=L2.litElementPolyfillSupport;V3?.({LitElement:u});(L2.litElementVersions??=[]).push("4.2.2");var L3={attribute:!0,type:String,converter:a1,reflect:!1,hasChanged:b1},M3=(M=L3,H,C)=>{let{kind:V,metadata:L}=C,e=globalThis.litPropertyMetadata.get(L);if(e===void 0&&globalThis.litPropertyMetadata.set(L,e=new Map),V==="setter"&&((M=Object.create(M)).wrapped=!0),e.set(C.name,M),V==="accessor"){let{name:r}=C;return{set(i){let t=H.get.call(this);H.set.call(this,i),this.requestUpdate(r,t,M,!0,i)},init(i){return i!==void 0&&this.C(r,void 0,M,i),i}}}if(V==="setter"){let{name:r}=C;return function(i){let t=this[r];H.call(this,i),this.requestUpdate(r,t,M,!0,i)}}throw Error("Unsupported decorator location: "+V)};function v(M){return(H,C)=>typeof C=="object"?M3(M,H,C):((V,L,e)=>{let r=L.hasOwnProperty(e);return L.constructor.createProperty(e,V),r?Object.getOwnPropertyDescriptor(L,e):void 0})(M,H,C)}function k(M){return v({...M,state:!0,attribute:!1})}var K2={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},q2=M=>(...H)=>({_$litDirective$:M,values:H}),F1=class{constructor(H){}get _$AU(){return this._$AM._$AU}_$AT(H,C,V){this._$Ct=H,this._$AM=C,this._$Ci=V}_$AS(H,C){return this.update(H,C)}update(H,C){return this.render(...C)}};var{I:e3}=G2,j2=M=>M;var X2=()=>document.createComment(""),J=(M,H,C)=>{let V=M._$AA.parentNode,L=H===void 0?M._$AB:H._$AA;if(C===void 0){let e=V.insertBefore(X2(),L),r=V.insertBefore(X2(),L);C=new e3(e,r,M,M.options)}else{let e=C._$AB.nextSibling,r=C._$AM,i=r!==M;if(i){let t;C._$AQ?.(M),C._$AM=M,C._$AP!==void 0&&(t=M._$AU)!==r._$AU&&C._$AP(t)}if(e!==L||i){let t=C._$AA;for(;t!==e;){let d=j2(t).nextSibling;j2(V).insertBefore(t,L),t=d}}}return C},W=(M,H,C=M)=>(M._$AI(H,C),M),r3={},Y2=(M,H=r3)=>M._$AH=H,J2=M=>M._$AH,D1=M=>{M._$AR(),M._$AA.remove()};var C5=(M,H,C)=>{let V=new Map;for(let L=H;L<=C;L++)V.set(M[L],L);return V},m1=q2(class extends F1{constructor(M){if(super(M),M.type!==K2.CHILD)throw Error("repeat() can only be used in text expressions")}dt(M,H,C){let V;C===void 0?C=H:H!==void 0&&(V=H);let L=[],e=[],r=0;for(let i of M)L[r]=V?V(i,r):r,e[r]=C(i,r),r++;return{values:e,keys:L}}render(M,H,C){return this.dt(M,H,C).values}update(M,[H,C,V]){let L=J2(M),{values:e,keys:r}=this.dt(H,C,V);if(!Array.isArray(L))return this.ut=r,e;let i=this.ut??=[],t=[],d,n,A=0,p=L.length-1,o=0,x=e.length-1;for(;A<=p&&o<=x;)if(L[A]===null)A++;else if(L[p]===null)p--;else if(i[A]===r[o])t[o]=W(L[A],e[o]),A++,o++;else if(i[p]===r[x])t[x]=W(L[p],e[x]),p--,x--;else if(i[A]===r[x])t[x]=W(L[A],e[x]),J(M,t[x+1],L[A]),A++,x--;else if(i[p]===r[o])t[o]=W(L[p],e[o]),J(M,L[A],L[p]),p--,o++;else if(d===void 0&&(d=C5(r,o,x),n=C5(i,A,p)),d.has(i[A]))if(d.has(i[p])){let s=n.get(r[o]),y=s!==void 0?L[s]:null;if(y===null){let B=J(M,L[A]);W(B,e[o]),t[o]=B}else t[o]=W(y,e[o]),J(M,L[A],y),L[s]=null;o++}else D1(L[p]),p--;else D1(L[A]),A++;for(;o<=x;){let s=J(M,t[x+1]);W(s,e[o]),t[o++]=s}for(;A<=p;){let s=L[A++];s!==null&&D1(s)}return this.ut=r,Y2(M,t),$}});var O="nuisance_calls";function H5(M,H){let C={type:`${O}/callers`,sort:H.sort,descending:H.descending,limit:H.limit};for(let V of["verdict","tag","line","search","offset"])H[V]&&(C[V]=H[V]);return H.period&&H.period!=="all"&&(C.period=H.period),M.sendMessagePromise(C)}function V5(M,{limit:H,offset:C,search:V}){return M.sendMessagePromise({type:`${O}/labels`,limit:H,...C?{offset:C}:{},...V?{search:V}:{}})}function L5(M,H){let{search:C,offset:V,...L}=H;return M.sendMessagePromise({type:`${O}/group_companies`,...L,...V?{offset:V}:{},...C?{search:C.slice(0,100)}:{}})}function M5(M,H){return M.sendMessagePromise({type:`${O}/daily`,days:H})}function e5(M,H){return M.sendMessagePromise({type:`${O}/caller`,number:H})}function r5(M,H){return M.sendMessagePromise({type:`${O}/export_calls`,...H?{number:H}:{}})}function t5(M){return M.sendMessagePromise({type:`${O}/tags`})}function i5(M,H){return M.subscribeMessage(H,{type:`${O}/subscribe`},{resubscribe:!1})}function o5(M){return M.loadBackendTranslation("selector",O)}var a5=M=>`component.${O}.selector.tag.options.${M}`;function A5(M,H,{tag:C,label:V}={}){return M.connection.sendMessagePromise({type:`${O}/flag`,number:H,...C?{tag:C}:{},...V?{label:V}:{}})}function d5(M,H){return M.connection.sendMessagePromise({type:`${O}/allow`,number:H})}function n5(M,H){return M.connection.sendMessagePromise({type:`${O}/unflag`,number:H})}function p5(M,H){return M.connection.sendMessagePromise({type:`${O}/reset`,number:H})}function l5(M,H,C,V){return M.connection.sendMessagePromise({type:`${O}/set_note`,number:H,note:C,...V!==void 0?{call:V}:{}})}function m5(M,H,C="text/csv"){let V=new Blob(["\uFEFF",H],{type:`${C};charset=utf-8`}),L=URL.createObjectURL(V),e=document.createElement("a");e.href=L,e.download=M,document.body.append(e),e.click(),e.remove(),window.setTimeout(()=>URL.revokeObjectURL(L),1e4)}function E(M){return M&&typeof M=="object"&&"message"in M?String(M.message):String(M)}var M2=M=>M?.code==="unknown_command";var $1=class{constructor(H,C){this.busy=new Set;this.host=H,this.localize=C,H.addController(this)}hostDisconnected(){this.confirmReset=void 0}closePanel(){this.flagging=void 0,this.host.requestUpdate()}handle(H){let C=H.caller.number;switch(H.kind){case"toggle-panel":this.flagging=this.flagging===C?void 0:C;break;case"close-panel":this.flagging=void 0;break;case"flag":{this.flagging=void 0;let{tag:V,label:L}=H;this.run(C,"action.flag",e=>A5(e,C,{tag:V,label:L}));break}case"allow":this.run(C,"action.allow",V=>d5(V,C));break;case"unflag":this.run(C,"action.unflag",V=>n5(V,C));break;case"ask-reset":this.confirmReset=C;break;case"cancel-reset":this.confirmReset=void 0;break;case"open":break;case"reset":this.confirmReset=void 0,this.run(C,"action.reset",V=>p5(V,C));break}this.host.requestUpdate()}async run(H,C,V){let L=this.hass;if(L){this.busy=new Set([...this.busy,H]),this.host.requestUpdate();try{await V(L)}catch(e){let r=this.localize(),i=r("error.action",{action:r(C),message:E(e)});this.host.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:i},bubbles:!0,composed:!0}))}finally{let e=new Set(this.busy);e.delete(H),this.busy=e,this.host.requestUpdate()}}}};var v5={title:"Störanrufe",description:"Anrufe pro Tag und jeder Anrufer mit Strichliste: Anrufe eines Anrufers ansehen, als Störer markieren, erlauben, zurücksetzen, exportieren.","tab.nuisance":"Störer","tab.unknown":"Unbekannt","tab.allowed":"Erlaubt","tab.all":"Alle","tab.labels":"Firmen",search:"Nummer oder Name suchen","search.clear":"Suche leeren","sort.by":"Sortieren nach","sort.count":"Meiste Anrufe","sort.last_seen":"Letzter Anruf","sort.label":"Name","sort.number":"Nummer","sort.ascending":"Aufsteigend","sort.descending":"Absteigend","line.all":"Alle Leitungen","calls.one":"{n} Anruf","calls.other":"{n} Anrufe",answered:"{n} angenommen",missed:"{n} verpasst",stopped:"{n} vom Telefon gestoppt",never:"nie","action.flag":"Als Störer markieren","action.allow":"Erlauben","action.unflag":"Von meiner Liste nehmen","action.reset":"Zählung zurücksetzen","action.reset_confirm":"Zurücksetzen","flag.as":"Markieren als","flag.label":"Name oder Firma (optional)",cancel:"Abbrechen","empty.callers":"Noch keine Anrufe erfasst.","empty.search":"Kein Anrufer passt zu „{search}“.","empty.labels":"Noch kein Anrufer hat einen Namen oder eine Firma.",showing:"{first}–{last} von {total}","error.load":"Anrufer konnten nicht geladen werden: {message}","error.not_set_up":"Die Integration Nuisance Calls ist nicht eingerichtet oder noch nicht geladen.","error.action":"{action} fehlgeschlagen: {message}","verdict.nuisance":"Störer","verdict.unknown":"Unbekannt","verdict.allowed":"Erlaubt",anonymous:"Unterdrückte Nummer","numbers.one":"{n} Nummer","numbers.other":"{n} Nummern","labels.since":"seit {date}","labels.total":"{n} insgesamt","labels.show":"Diese Anrufer zeigen",score:"Score {score}","last.call":"Letzter Anruf","on.list.flag":"Von dir markiert","on.list.allow":"Von dir erlaubt","editor.title":"Titel","editor.filter":"Anzeigen","editor.sort":"Sortieren nach","editor.max_rows":"Zeilen pro Seite","editor.line":"Leitung","editor.line.helper":"Nur Anrufer auf dieser Leitung; leer für alle Leitungen.","sort.missed":"Meiste verpasste",tabs:"Welche Anrufer",loading:"Wird geladen …","empty.explain":"Jeder Anruf auf deinen Leitungen erscheint hier, sobald es klingelt, mit einer Zählung pro Anrufer. Nichts nach einem Testanruf? Prüfe den Sensor „Verbunden“ auf der Geräteseite der Leitung.","empty.filtered":"Kein Anrufer passt zu diesen Filtern.","page.back":"Vorherige Seite","page.on":"Nächste Seite","export.all":"Alle Anrufe herunterladen (CSV)",period:"Gezählt über","period.all":"Gesamte Zeit","period.year":"Dieses Jahr","period.30d":"Letzte 30 Tage","period.7d":"Letzte 7 Tage","filter.tag":"Kategorie","filter.tag_all":"Alle Kategorien","on.list.flag_by":"Markiert von {name}","on.list.allow_by":"Erlaubt von {name}","on.list.flagged":"Auf deiner Liste: markiert","on.list.allowed":"Auf deiner Liste: erlaubt","reset.question":"Zählung und alle erfassten Anrufe dieses Anrufers vergessen?","caller.open":"Anrufe dieses Anrufers zeigen","caller.back":"Zurück zur Liste","caller.calls":"Anrufe","caller.first":"Erster Anruf","caller.tags":"Kategorien","caller.sources":"Beurteilt von","caller.list":"Eigene Liste","caller.history":"Erfasste Anrufe ({n})","caller.no_calls":"Von diesem Anrufer ist kein Anruf erfasst.","caller.export":"Anrufe herunterladen (CSV)","caller.col.time":"Zeit","caller.col.outcome":"Ergebnis","caller.col.verdict":"Einstufung damals","outcome.ringing":"Klingelt","outcome.answered":"Angenommen","outcome.missed":"Verpasst","outcome.stopped":"Abgewiesen",duration:"{s} s","chart.title":"Anrufe pro Tag, letzte {days} Tage","chart.today":"Heute: {calls} Anrufe, {nuisance} Störer","chart.summary":"Letzte {days} Tage: {calls} Anrufe, davon {nuisance} Störer, {stopped} abgewiesen","chart.day":"{date}: {calls} Anrufe, {nuisance} Störer, {stopped} abgewiesen","chart.rest":"Andere Anrufe","chart.nuisance":"Störer","chart.stopped":"Abgewiesen","editor.show_chart":"Diagramm der Anrufe pro Tag",ringing:"Klingelt gerade: {name}","editor.compact":"Kompakt","editor.compact.helper":"Die Zahlen von heute, ein gerade klingelnder Anruf und die häufigsten Anrufer (des ersten Reiters), ohne Verwaltung.","group.caption":"Anrufe bei den {n} Haushalten deiner Gruppe · {period}","group.you":"Du","group.households":"{n} von {total} Haushalten","group.parts":"Anrufe je Haushalt","group.show":"Deine Anrufer dieser Firma zeigen","group.empty":"In dieser Zeit hat keine Firma jemanden aus der Gruppe angerufen.","group.sort.calls":"Anrufe bei der Gruppe","group.sort.households":"Angerufene Haushalte","group.sort.company":"Name","group.period.all":"Gesamte Zeit","group.period.year":"Letzte 12 Monate","group.period.90_days":"Letzte 90 Tage","group.period.30_days":"Letzte 30 Tage","hint.label":"Hinweis aus der Nummer, keine Bewertung","hint.kind.fixed_line":"Festnetz","hint.kind.mobile":"Mobilfunk","hint.kind.fixed_line_or_mobile":"Festnetz oder Mobilfunk","hint.kind.toll_free":"gebührenfrei","hint.kind.premium_rate":"Mehrwertnummer","hint.kind.shared_cost":"Service-Nummer mit geteilten Kosten","hint.kind.voip":"Internettelefonie","hint.kind.personal_number":"persönliche Rufnummer","hint.kind.pager":"Pager","hint.kind.uan":"Firmennummer","hint.kind.voicemail":"Mailbox","hint.kind.invalid":"keine gültige Nummer","caller.col.note":"Notiz","note.title":"Notiz zu diesem Anrufer","note.caller":"Notiz zu diesem Anrufer","note.call":"Notiz zum Anruf vom {time}","note.add":"Notiz hinzufügen","note.edit":"Notiz bearbeiten","note.add_call":"Notiz zum Anruf vom {time} hinzufügen","note.edit_call":"Notiz zum Anruf vom {time} bearbeiten","note.save":"Notiz speichern","note.clear":"Notiz löschen","note.none":"Keine Notiz. Halte fest, was du gesagt hast („am 12. Nov. abgelehnt“): Notizen stehen im Download für eine Beschwerde.","note.count":"{n} von {max} Zeichen","note.keys":"Strg+Enter speichert, Escape bricht ab.","spark.title":"Anrufe pro Monat","spark.label":"Anrufe pro Monat in den letzten {months} Monaten, insgesamt {total}: {months_list}.","spark.month":"{month}: {n}"};var e2={title:"Nuisance calls",description:"Calls per day and every caller with their tally: open a caller's calls, flag, allow, reset, export.","tab.nuisance":"Nuisance","tab.unknown":"Unknown","tab.allowed":"Allowed","tab.all":"All","tab.labels":"Companies",search:"Search number or name","search.clear":"Clear search","sort.by":"Sort by","sort.count":"Most calls","sort.last_seen":"Latest call","sort.label":"Name","sort.number":"Number","sort.ascending":"Ascending","sort.descending":"Descending","line.all":"All lines","calls.one":"{n} call","calls.other":"{n} calls",answered:"{n} answered",missed:"{n} missed",stopped:"{n} stopped by the phone",never:"never","action.flag":"Flag","action.allow":"Allow","action.unflag":"Remove from my list","action.reset":"Reset tally","action.reset_confirm":"Reset","flag.as":"Flag as","flag.label":"Name or company (optional)",cancel:"Cancel","empty.callers":"No calls recorded yet.","empty.search":"No caller matches “{search}”.","empty.labels":"No caller has a name or company yet.",showing:"{first}–{last} of {total}","error.load":"Could not load the callers: {message}","error.not_set_up":"The Nuisance Calls integration is not set up or not loaded yet.","error.action":"{action} failed: {message}","verdict.nuisance":"Nuisance","verdict.unknown":"Unknown","verdict.allowed":"Allowed",anonymous:"Withheld number","numbers.one":"{n} number","numbers.other":"{n} numbers","labels.since":"since {date}","labels.total":"{n} in total","labels.show":"Show these callers",score:"score {score}","last.call":"Last call","on.list.flag":"Flagged by you","on.list.allow":"Allowed by you","editor.title":"Title","editor.filter":"Show","editor.sort":"Sort by","editor.max_rows":"Rows per page","editor.line":"Line","editor.line.helper":"Only callers on this line; empty for all lines.","sort.missed":"Most missed",tabs:"Which callers",loading:"Loading…","empty.explain":"Every call on your lines appears here as it rings, with a count per caller. Nothing after a test call? Check the line's “Connected” sensor on its device page.","empty.filtered":"No caller matches these filters.","page.back":"Previous page","page.on":"Next page","export.all":"Download all calls (CSV)",period:"Counted over","period.all":"All time","period.year":"This year","period.30d":"Last 30 days","period.7d":"Last 7 days","filter.tag":"Tag","filter.tag_all":"All tags","on.list.flag_by":"Flagged by {name}","on.list.allow_by":"Allowed by {name}","on.list.flagged":"On your list: flagged","on.list.allowed":"On your list: allowed","reset.question":"Forget this caller's tally and every recorded call?","caller.open":"Show this caller's calls","caller.back":"Back to the list","caller.calls":"Calls","caller.first":"First call","caller.tags":"Tags","caller.sources":"Judged by","caller.list":"Personal list","caller.history":"Recorded calls ({n})","caller.no_calls":"No call of this caller is recorded.","caller.export":"Download calls (CSV)","caller.col.time":"Time","caller.col.outcome":"Outcome","caller.col.verdict":"Verdict then","outcome.ringing":"Ringing","outcome.answered":"Answered","outcome.missed":"Missed","outcome.stopped":"Stopped",duration:"{s} s","chart.title":"Calls per day, last {days} days","chart.today":"Today: {calls} calls, {nuisance} nuisance","chart.summary":"Last {days} days: {calls} calls, {nuisance} of them nuisance, {stopped} stopped","chart.day":"{date}: {calls} calls, {nuisance} nuisance, {stopped} stopped","chart.rest":"Other calls","chart.nuisance":"Nuisance","chart.stopped":"Stopped","editor.show_chart":"Chart of calls per day",ringing:"Ringing now: {name}","editor.compact":"Compact","editor.compact.helper":"Today's counts, a call ringing now and the top callers (of the tab shown first), nothing to manage.","group.caption":"Calls to your group's {n} households · {period}","group.you":"You","group.households":"{n} of {total} households","group.parts":"Calls per household","group.show":"Show your callers of this company","group.empty":"No company called anyone in the group in this time.","group.sort.calls":"Calls to the group","group.sort.households":"Households called","group.sort.company":"Name","group.period.all":"All time","group.period.year":"Last 12 months","group.period.90_days":"Last 90 days","group.period.30_days":"Last 30 days","hint.label":"Hint from the number, not a verdict","hint.kind.fixed_line":"landline","hint.kind.mobile":"mobile","hint.kind.fixed_line_or_mobile":"landline or mobile","hint.kind.toll_free":"toll-free","hint.kind.premium_rate":"premium rate","hint.kind.shared_cost":"shared cost","hint.kind.voip":"internet telephony","hint.kind.personal_number":"personal number","hint.kind.pager":"pager","hint.kind.uan":"company number","hint.kind.voicemail":"voicemail","hint.kind.invalid":"not a valid number","caller.col.note":"Note","note.title":"Note on this caller","note.caller":"Note on this caller","note.call":"Note on the call of {time}","note.add":"Add note","note.edit":"Edit note","note.add_call":"Add a note to the call of {time}","note.edit_call":"Edit the note on the call of {time}","note.save":"Save note","note.clear":"Clear note","note.none":'No note. Write down what you told them ("said no on 12 Nov"): notes go into the download for a complaint.',"note.count":"{n} of {max} characters","note.keys":"Ctrl+Enter saves, Escape cancels.","spark.title":"Calls per month","spark.label":"Calls per month over the last {months} months, {total} in all: {months_list}.","spark.month":"{month}: {n}"};var x5={title:"Chiamate moleste",description:"Chiamate al giorno e ogni chiamante con il suo conteggio: vedere le chiamate, segnalare, consentire, azzerare, esportare.","tab.nuisance":"Moleste","tab.unknown":"Sconosciute","tab.allowed":"Consentite","tab.all":"Tutte","tab.labels":"Aziende",search:"Cerca numero o nome","search.clear":"Cancella ricerca","sort.by":"Ordina per","sort.count":"Più chiamate","sort.last_seen":"Ultima chiamata","sort.label":"Nome","sort.number":"Numero","sort.ascending":"Crescente","sort.descending":"Decrescente","line.all":"Tutte le linee","calls.one":"{n} chiamata","calls.other":"{n} chiamate",answered:"{n} risposte",missed:"{n} perse",stopped:"{n} fermate dal telefono",never:"mai","action.flag":"Segnala","action.allow":"Consenti","action.unflag":"Rimuovi dal mio elenco","action.reset":"Azzera conteggio","action.reset_confirm":"Azzera","flag.as":"Segnala come","flag.label":"Nome o azienda (facoltativo)",cancel:"Annulla","empty.callers":"Nessuna chiamata registrata finora.","empty.search":"Nessun chiamante corrisponde a «{search}».","empty.labels":"Nessun chiamante ha ancora un nome o un'azienda.",showing:"{first}–{last} di {total}","error.load":"Impossibile caricare i chiamanti: {message}","error.not_set_up":"L'integrazione Nuisance Calls non è configurata o non è ancora caricata.","error.action":"{action} non riuscito: {message}","verdict.nuisance":"Molesto","verdict.unknown":"Sconosciuto","verdict.allowed":"Consentito",anonymous:"Numero anonimo","numbers.one":"{n} numero","numbers.other":"{n} numeri","labels.since":"dal {date}","labels.total":"{n} in totale","labels.show":"Mostra questi chiamanti",score:"punteggio {score}","last.call":"Ultima chiamata","on.list.flag":"Segnalato da te","on.list.allow":"Consentito da te","editor.title":"Titolo","editor.filter":"Mostra","editor.sort":"Ordina per","editor.max_rows":"Righe per pagina","editor.line":"Linea","editor.line.helper":"Solo i chiamanti su questa linea; vuoto per tutte le linee.","sort.missed":"Più perse",tabs:"Quali chiamanti",loading:"Caricamento…","empty.explain":"Ogni chiamata sulle tue linee compare qui appena squilla, con un conteggio per chiamante. Niente dopo una chiamata di prova? Controlla il sensore “Connesso” nella pagina del dispositivo della linea.","empty.filtered":"Nessun chiamante corrisponde a questi filtri.","page.back":"Pagina precedente","page.on":"Pagina successiva","export.all":"Scarica tutte le chiamate (CSV)",period:"Contate su","period.all":"Da sempre","period.year":"Quest'anno","period.30d":"Ultimi 30 giorni","period.7d":"Ultimi 7 giorni","filter.tag":"Categoria","filter.tag_all":"Tutte le categorie","on.list.flag_by":"Segnalato da {name}","on.list.allow_by":"Consentito da {name}","on.list.flagged":"Nella tua lista: segnalato","on.list.allowed":"Nella tua lista: consentito","reset.question":"Dimenticare il conteggio e tutte le chiamate registrate di questo chiamante?","caller.open":"Mostra le chiamate di questo chiamante","caller.back":"Torna all'elenco","caller.calls":"Chiamate","caller.first":"Prima chiamata","caller.tags":"Categorie","caller.sources":"Giudicato da","caller.list":"Lista personale","caller.history":"Chiamate registrate ({n})","caller.no_calls":"Nessuna chiamata registrata di questo chiamante.","caller.export":"Scarica le chiamate (CSV)","caller.col.time":"Ora","caller.col.outcome":"Esito","caller.col.verdict":"Giudizio allora","outcome.ringing":"Squilla","outcome.answered":"Risposta","outcome.missed":"Persa","outcome.stopped":"Fermata",duration:"{s} s","chart.title":"Chiamate al giorno, ultimi {days} giorni","chart.today":"Oggi: {calls} chiamate, {nuisance} moleste","chart.summary":"Ultimi {days} giorni: {calls} chiamate, di cui {nuisance} moleste, {stopped} fermate","chart.day":"{date}: {calls} chiamate, {nuisance} moleste, {stopped} fermate","chart.rest":"Altre chiamate","chart.nuisance":"Moleste","chart.stopped":"Fermate","editor.show_chart":"Grafico delle chiamate al giorno",ringing:"Sta squillando: {name}","editor.compact":"Compatta","editor.compact.helper":"I conteggi di oggi, una chiamata che squilla ora e i chiamanti più frequenti (della scheda mostrata per prima), senza gestione.","group.caption":"Chiamate alle {n} famiglie del tuo gruppo · {period}","group.you":"Tu","group.households":"{n} famiglie su {total}","group.parts":"Chiamate per famiglia","group.show":"Mostra i tuoi chiamanti di questa azienda","group.empty":"In questo periodo nessuna azienda ha chiamato qualcuno del gruppo.","group.sort.calls":"Chiamate al gruppo","group.sort.households":"Famiglie chiamate","group.sort.company":"Nome","group.period.all":"Sempre","group.period.year":"Ultimi 12 mesi","group.period.90_days":"Ultimi 90 giorni","group.period.30_days":"Ultimi 30 giorni","hint.label":"Indizio dal numero, non un giudizio","hint.kind.fixed_line":"rete fissa","hint.kind.mobile":"cellulare","hint.kind.fixed_line_or_mobile":"rete fissa o cellulare","hint.kind.toll_free":"numero verde","hint.kind.premium_rate":"numero a tariffa maggiorata","hint.kind.shared_cost":"numero a costo ripartito","hint.kind.voip":"telefonia via internet","hint.kind.personal_number":"numero personale","hint.kind.pager":"cercapersone","hint.kind.uan":"numero aziendale","hint.kind.voicemail":"segreteria telefonica","hint.kind.invalid":"numero non valido","caller.col.note":"Nota","note.title":"Nota su questo chiamante","note.caller":"Nota su questo chiamante","note.call":"Nota sulla chiamata del {time}","note.add":"Aggiungi nota","note.edit":"Modifica nota","note.add_call":"Aggiungi una nota alla chiamata del {time}","note.edit_call":"Modifica la nota sulla chiamata del {time}","note.save":"Salva nota","note.clear":"Cancella nota","note.none":"Nessuna nota. Annota cosa hai detto («ho detto di no il 12 nov»): le note finiscono nel download per un reclamo.","note.count":"{n} di {max} caratteri","note.keys":"Ctrl+Invio salva, Esc annulla.","spark.title":"Chiamate al mese","spark.label":"Chiamate al mese negli ultimi {months} mesi, {total} in tutto: {months_list}.","spark.month":"{month}: {n}"};var s5={en:e2,de:v5,it:x5};function a3(M){let H=(M??"en").toLowerCase().split(/[-_]/)[0];return H in s5?H:"en"}function v1(){let M=document.querySelector("home-assistant")?.hass;return M?.locale?.language||M?.language||document.documentElement.lang||navigator.language||"en"}function X(M){let H=s5[a3(M)];return(C,V)=>{let L=H[C]??e2[C]??C;if(V)for(let[e,r]of Object.entries(V))L=L.split(`{${e}}`).join(String(r));return L}}function C1(M,H,C,V){let L=new Intl.PluralRules(H).select(V)==="one"?"one":"other";return M(`${C}.${L}`,{n:V.toLocaleString(H)})}var H1="nuisance-calls-card",T=["nuisance","unknown","allowed","all","labels"],x1=["count","missed","last_seen","label","number"],r2=10,s1=500,Z5,u5=M=>{Z5=M};function t2(M){if(!M||typeof M!="object")throw new Error("Invalid configuration");if(M.filter!==void 0&&!T.includes(M.filter))throw new Error(`filter must be one of ${T.join(", ")}`);if(M.sort!==void 0&&!x1.includes(M.sort))throw new Error(`sort must be one of ${x1.join(", ")}`);if(M.max_rows!==void 0&&(!Number.isInteger(M.max_rows)||M.max_rows<1||M.max_rows>s1))throw new Error(`max_rows must be a whole number from 1 to ${s1}`);for(let H of["show_chart","compact"])if(M[H]!==void 0&&typeof M[H]!="boolean")throw new Error(`${H} must be true or false`);if(M.line!==void 0&&typeof M.line!="string")throw new Error("line must be a config entry id");return M}function c5(){return{type:`custom:${H1}`,filter:"all",sort:"count",max_rows:5}}function S5(){let M=X(Z5??v1()),H=(C,V)=>C.map(L=>({value:L,label:M(`${V}.${L}`)}));return{schema:[{name:"title",selector:{text:{}}},{type:"grid",name:"",schema:[{name:"filter",selector:{select:{mode:"dropdown",options:H(T,"tab")}}},{name:"sort",selector:{select:{mode:"dropdown",options:H(x1,"sort")}}}]},{name:"max_rows",selector:{number:{min:1,max:100,step:1,mode:"box"}}},{name:"line",selector:{config_entry:{integration:"nuisance_calls"}}},{type:"grid",name:"",schema:[{name:"show_chart",default:!0,selector:{boolean:{}}},{name:"compact",default:!1,selector:{boolean:{}}}]}],computeLabel:C=>C.name?M(`editor.${C.name}`):void 0,computeHelper:C=>C.name==="line"?M("editor.line.helper"):C.name==="compact"?M("editor.compact.helper"):void 0,assertConfig:C=>{t2(C)}}}function o2(M){return M==="count"||M==="last_seen"||M==="missed"}var i2=M=>M.replace(/\D/g,"");function A3(M,H){let C=(H??"").trim().toLowerCase();if(!C||(M.label??"").toLowerCase().includes(C)||M.formatted_number.toLowerCase().includes(C)||M.number.toLowerCase().includes(C))return!0;let V=i2(C);return V.length>0&&(i2(M.number).includes(V)||i2(M.formatted_number).includes(V))}function d3(M,H){return H.verdict&&M.verdict!==H.verdict||H.tag&&!M.tags.includes(H.tag)||H.line&&!M.lines.includes(H.line)?!1:A3(M,H.search)}var V1=M=>M&&Date.parse(M)||0,h5=M=>M.label?.toLowerCase()||"￿",E1=(M,H)=>M<H?-1:M>H?1:0;function n3(M,H,C){switch(C){case"count":return M.count-H.count||V1(M.last_seen)-V1(H.last_seen);case"missed":return M.missed-H.missed||M.count-H.count||V1(M.last_seen)-V1(H.last_seen);case"last_seen":return V1(M.last_seen)-V1(H.last_seen)||M.count-H.count;case"label":return E1(h5(M),h5(H))||E1(M.number,H.number);case"number":return E1(M.number,H.number)}return 0}function p3(M,H,C){let V=C?-1:1;return[...M].sort((L,e)=>V*n3(L,e,H)||E1(L.number,e.number))}function g5(M,H,C,V,L){let e=new Map(M.map(o=>[o.number,o])),r=[],i=L.offset===0&&M.length>=H,t=L.offset===0,d=!0,n=!1;for(let o of C.callers??[]){let x=e.has(o.number),s=d3(o,V);if(x){s?(e.set(o.number,o),r.push(o.number)):(e.delete(o.number),H-=1,d&&=i);continue}if(!s){d&&=i||!!C.calls;continue}let y=!!C.calls&&o.count===1;i||y&&!L.counted.has(o.number)?(H+=1,L.counted.add(o.number)):C.calls||(d=!1),t&&(e.set(o.number,o),r.push(o.number),n=!0)}for(let o of C.removed??[])e.delete(o)?(H-=1,d&&=i):i||(d=!1);let p=(n||r.length?p3([...e.values()],V.sort,V.descending):[...e.values()]).slice(0,L.limit);return{rows:p,total:Math.max(H,L.offset+p.length),touched:r.filter(o=>p.some(x=>x.number===o)),exact:d}}var l3=30,m3=250,_1=1e3,v3=1600,x3=3e4,N1=class{constructor(H){this.filter="all";this.sort="count";this.descending=!0;this.search="";this.period="all";this.groupSort="calls";this.groupDescending=!0;this.groupPeriod="all";this.limit=r2;this.offset=0;this.callers=[];this.total=0;this.lines=[];this.labels=[];this.labelsTotal=0;this.groupShownPeriod="all";this.days=[];this.loading=!0;this.shownSearch="";this.loaded=!1;this.chart=!0;this.announce="";this.flash=new Set;this.now=Date.now();this.configured=!1;this.counted=new Set;this.request=0;this.timers=new Map;this.onDisconnected=()=>{this.subscription=void 0};this.onReady=()=>{this.live&&(this.subscribe(this.live),this.refresh(),this.refreshDaily())};this.host=H,H.addController(this)}configure(H){this.configured=!0,this.filter=H.filter??"all",this.sort=H.sort??"count",this.descending=o2(this.sort),this.line=H.line||void 0,this.limit=H.max_rows??r2,this.offset=0,this.chart=H.show_chart!==!1,this.host.requestUpdate(),this.refresh(),this.refreshDaily()}setConnection(H){H!==this.connection&&(this.stop(),this.connection=H,this.start())}hostConnected(){this.start()}hostDisconnected(){this.stop()}start(){let H=this.connection;!H||!this.host.isConnected||this.live||(this.live=H,this.subscribe(H),H.addEventListener("ready",this.onReady),H.addEventListener("disconnected",this.onDisconnected),this.tick=window.setInterval(()=>{this.now=Date.now(),this.host.requestUpdate()},x3),this.refresh(),this.refreshDaily())}stop(){let H=this.live;if(!H)return;this.live=void 0;let C=this.subscription;this.subscription=void 0,C?.then(V=>V?.()).catch(()=>{}),H.removeEventListener("ready",this.onReady),H.removeEventListener("disconnected",this.onDisconnected),window.clearInterval(this.tick);for(let V of this.timers.values())window.clearTimeout(V);this.timers.clear()}subscribe(H){let C=i5(H,V=>{this.subscription===C&&this.onChange(V)}).then(V=>{if(this.subscription===C)return V;Promise.resolve(V()).catch(()=>{})},V=>{this.subscription===C&&this.showLoadError(V)});this.subscription=C}later(H,C,V){window.clearTimeout(this.timers.get(H)),this.timers.set(H,window.setTimeout(()=>{this.timers.delete(H),V()},C))}selectTab(H){H!==this.filter&&(this.filter=H,this.offset=0,this.loading=!0,this.host.requestUpdate(),this.refresh())}changeQuery(H){H.search!==void 0&&(this.search=H.search),H.sort!==void 0&&(this.sort=H.sort,this.descending=o2(H.sort)),H.descending!==void 0&&(this.descending=H.descending),"line"in H&&(this.line=H.line||void 0),H.period!==void 0&&(this.period=H.period),"tag"in H&&(this.tag=H.tag||void 0),H.groupSort!==void 0&&(this.groupSort=H.groupSort,this.groupDescending=H.groupSort!=="company"),H.groupDescending!==void 0&&(this.groupDescending=H.groupDescending),H.groupPeriod!==void 0&&(this.groupPeriod=H.groupPeriod),this.offset=0,this.loading=!0,this.host.requestUpdate(),H.search!==void 0&&!H.immediate?this.later("search",m3,()=>{this.refresh()}):this.refresh()}turnPage(H){let C=this.filter==="labels"?this.labelsTotal:this.total,V=Math.max(0,this.offset+H*this.limit);V===this.offset||V>=C||(this.offset=V,this.loading=!0,this.host.requestUpdate(),this.refresh())}showLabel(H){this.search=H,this.selectTab("all")}get companiesShown(){return this.group?this.group.companies.length:this.labels.length}get hasNext(){let H=this.filter==="labels"?this.labelsTotal:this.total;return this.offset+this.limit<H}get rowQuery(){return{sort:this.sort,descending:this.descending,verdict:this.filter==="all"||this.filter==="labels"?void 0:this.filter,tag:this.tag,line:this.line,search:this.search.trim()||void 0}}async refresh(){let H=this.live;if(!H||!this.configured)return;let C=++this.request,V=Math.min(this.limit,s1),L=this.search.trim(),e=this.filter,r=this.groupPeriod;try{if(e==="labels"){let i=await this.fetchGroup(H,V,L);if(C!==this.request)return;if(this.group=i,i)this.labelsTotal=i.total,this.groupShownPeriod=r;else{let t=await V5(H,{limit:V,offset:this.offset,search:L||void 0});if(C!==this.request)return;this.labels=t.labels,this.labelsTotal=t.total??t.labels.length,this.since=t.since}}else{let i=await H5(H,{...this.rowQuery,period:this.period,offset:this.offset,limit:V});if(C!==this.request)return;this.callers=i.callers,this.total=i.total,this.lines=i.lines??[],this.counted=new Set}this.shownSearch=L,this.shownFilter=e,this.loaded=!0,this.loading=!1,this.error=void 0}catch(i){C===this.request&&this.showLoadError(i)}this.host.requestUpdate()}async fetchGroup(H,C,V){try{let L=await L5(H,{period:this.groupPeriod,sort:this.groupSort,descending:this.groupDescending,limit:C,offset:this.offset,search:V||void 0});return L.households>1?L:void 0}catch(L){if(M2(L))return;throw L}}async refreshDaily(){let H=this.live;if(!(!H||!this.configured||!this.chart)){try{this.days=(await M5(H,l3)).days}catch{this.days=[]}this.host.requestUpdate()}}updateToday(H){let C=this.days[this.days.length-1],V=new Date,L=`${V.getFullYear()}-${String(V.getMonth()+1).padStart(2,"0")}-${String(V.getDate()).padStart(2,"0")}`;if(!C||C.date!==L){this.later("daily",_1,()=>{this.refreshDaily()});return}this.days=[...this.days.slice(0,-1),{date:C.date,...H}]}showLoadError(H){this.error={notSetUp:M2(H),message:E(H)},this.loaded=!0,this.host.requestUpdate()}onChange(H){if(this.onPush?.([...(H.callers??[]).map(V=>V.number),...H.removed??[]]),H.today&&this.days.length&&this.updateToday(H.today),H.calls&&H.callers?.length){let V=H.callers[0];this.announce=`${V.label||V.formatted_number}: ${V.count}`}if(H.reset||this.filter==="labels"||this.period!=="all"){this.later("refresh",H.reset?0:_1,()=>{this.refresh()}),H.reset&&this.later("daily",_1,()=>{this.refreshDaily()}),this.host.requestUpdate();return}let C=g5(this.callers,this.total,H,this.rowQuery,{offset:this.offset,limit:Math.min(this.limit,s1),counted:this.counted});this.callers=C.rows,this.total=C.total,C.touched.length&&(this.flash=new Set([...this.flash,...C.touched]),this.later("flash",v3,()=>{this.flash=new Set,this.host.requestUpdate()})),C.exact||this.later("refresh",_1,()=>{this.refresh()}),this.host.requestUpdate()}};var s3=[["second",60],["minute",60],["hour",24],["day",7],["week",4.345],["month",12],["year",Number.POSITIVE_INFINITY]];function W1(M,H,C=Date.now()){let V=Date.parse(M);if(Number.isNaN(V))return M;let L=Math.min(V-C,0)/1e3,e=new Intl.RelativeTimeFormat(H,{numeric:"auto"});if(Math.abs(L)<45)return e.format(0,"second");for(let[r,i]of s3){if(Math.abs(L)<i)return e.format(Math.round(L),r);L/=i}return e.format(Math.round(L),"year")}function z(M,H,C){let V=new Date(M);if(Number.isNaN(V.getTime()))return M;try{return new Intl.DateTimeFormat(H,{dateStyle:"medium",timeStyle:"short",timeZone:C}).format(V)}catch{return new Intl.DateTimeFormat(H,{dateStyle:"medium",timeStyle:"short"}).format(V)}}function L1(M,H){let[C,V,L]=M.split("-").map(Number);return!C||!V||!L?M:new Intl.DateTimeFormat(H,{day:"numeric",month:"short"}).format(new Date(C,V-1,L))}var f=S`
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
`,I=S`
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
`,U=S`
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
`,z1=S`
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
`,f5=S`
  column-gap: var(--nc-gap);
  align-items: center;
  padding: 8px;
  border-radius: 12px;
  transition: background-color 0.6s ease-out, opacity 0.2s;
`,O5=S`
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
`,b5=S`
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
`,y5=S`
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
`,k5=S`
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
    ${f5}
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
  ${O5}
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
`,w5=S`
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
`,P5=S`
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
`,B5=S`
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
`,T5=S`
  :host {
    display: block;
  }
  .row {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) minmax(40px, 25%) auto 24px;
    grid-template-areas: "badge info bar tally actions";
    ${f5}
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
  ${O5}
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
`,R5=S`
  :host {
    display: block;
  }
  .note-text,
  .note-empty {
    margin: 0 0 8px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: var(--ha-font-size-m, 14px);
    color: var(--primary-text-color);
  }
  .note-empty {
    color: var(--secondary-text-color);
  }
  .note-editor {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  label {
    font-size: var(--ha-font-size-s, 12px);
    color: var(--secondary-text-color);
  }
  textarea {
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
    color: var(--primary-text-color);
    background: var(--card-background-color, transparent);
    border: 1px solid var(--secondary-text-color);
    border-radius: 4px;
    padding: 8px;
    resize: vertical;
    min-height: 3em;
    box-sizing: border-box;
    width: 100%;
  }
  textarea:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 1px;
  }
  .note-help {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--secondary-text-color);
  }
  .note-error {
    color: var(--error-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .note-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
`,F5=S`
  :host {
    display: block;
    margin: 4px 8px 8px;
  }
  .spark {
    display: flex;
    align-items: flex-end;
    gap: 12px;
  }
  .caption {
    font-size: var(--ha-font-size-s, 12px);
    color: var(--secondary-text-color);
  }
  svg {
    width: 144px;
    height: 28px;
    flex: none;
    overflow: visible;
  }
  .bar {
    fill: var(--primary-color);
  }
  .base {
    stroke: var(--divider-color);
    stroke-width: 1;
  }
`,D5=S`
  .caller-note nc-note {
    margin: 0 8px;
  }
  .note-cell {
    width: 48px;
    padding: 0;
    vertical-align: middle;
  }
  tr.call-note td {
    border-top: none;
    padding: 0 4px 8px 12px;
  }
  tr.call-note nc-note {
    border-left: 2px solid var(--primary-color);
    padding-left: 8px;
  }
`;var Z=M=>l1`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${M}></path></svg>`,a2=[],A2=!document.querySelector("home-assistant")||!!customElements.get("home-assistant");A2||customElements.whenDefined("home-assistant").then(()=>{A2=!0;for(let[M,H]of a2.splice(0))$5(M,H)});function $5(M,H){customElements.get(M)||customElements.define(M,H)}function h(M,H){A2?$5(M,H):a2.some(([C])=>C===M)||a2.push([M,H])}function c(M,H,C){M.dispatchEvent(new CustomEvent(H,{detail:C,bubbles:!0}))}var M1=class extends u{constructor(){super();this.entry=null;this.addEventListener("keydown",C=>{C.key==="Escape"&&c(this,"nc-close",void 0)})}get _current(){return this.entry?.action==="flag"?this.entry.tags:[]}_flag(C){let V=this.renderRoot.querySelector("input");c(this,"nc-flag",{tag:C,label:V?.value.trim()??""})}render(){let{localize:C,tagText:V,flagTags:L}=this.view,e=this._current;return a`
      <div class="panel-row">
        <input
          type="text"
          maxlength="200"
          .value=${this.entry?.label??""}
          placeholder=${C("flag.label")}
          aria-label=${C("flag.label")}
          @keydown=${r=>{r.key==="Enter"&&this._flag(e[0])}}
        />
        <button class="text-button" @click=${()=>c(this,"nc-close",void 0)}>
          ${C("cancel")}
        </button>
      </div>
      <div class="panel-title" id="flag-as">${C("flag.as")}</div>
      <div class="tag-choices" role="group" aria-labelledby="flag-as">
        ${L.map(r=>a`
            <button
              class="tag-choice ${e.includes(r)?"current":""}"
              data-tag=${r}
              @click=${()=>this._flag(r)}
            >
              ${V(r)}
            </button>
          `)}
      </div>
    `}shouldUpdate(){return this.view!==void 0}firstUpdated(){this.renderRoot.querySelector("input")?.focus()}};M1.styles=[f,U,B5],l([v({attribute:!1})],M1.prototype,"entry",2),l([v({attribute:!1})],M1.prototype,"view",2);h("nc-flag-panel",M1);var Z3="anonymous",u3={nuisance:S2,allowed:h2,unknown:b2},_=class extends u{constructor(){super(...arguments);this.flash=!1;this.busy=!1;this.flagging=!1}connectedCallback(){super.connectedCallback(),this.setAttribute("role","listitem")}focusFlag(){this.renderRoot.querySelector("button.flag")?.focus()}_ask(C){c(this,"nc-row-action",{kind:C,caller:this.caller})}_flag(C){c(this,"nc-row-action",{kind:"flag",caller:this.caller,...C.detail})}shouldUpdate(){return this.caller!==void 0&&this.view!==void 0}willUpdate(){let C=this.caller;this.className=["row",`verdict-${C.verdict}`,this.flash?"flash":"",this.busy?"busy":""].join(" "),this.dataset.number=C.number}render(){let C=this.caller,V=this.view,{localize:L,language:e,now:r,timeZone:i,lines:t,tagText:d}=V,n=C.number===Z3,A=n?L("anonymous"):C.label||C.formatted_number,p=t.length>1?t.find(r1=>r1.entry_id===C.last_line)?.title:void 0,o=C.list_entry,x=L(`verdict.${C.verdict}`),s=C.last_seen?`${L("last.call")}: ${z(C.last_seen,e,i)}`:"",y=C.stopped??0,B=r1=>a`<span class="sr-only">${r1}</span>`;return a`
      <button
        class="open"
        title=${L("caller.open")}
        ?disabled=${V.preview}
        @click=${()=>this._ask("open")}
      >
        <div class="badge" title=${x}>
          ${Z(n?u2:u3[C.verdict])}${B(x)}
        </div>
        <div class="info">
          <div class="primary">${A}</div>
          <div class="secondary" title=${s}>
            ${[C.label&&!n?C.formatted_number:"",C.last_seen?W1(C.last_seen,e,r):L("never"),p??""].filter(Boolean).join(" · ")}
          </div>
        </div>
        ${C.tags.length||C.score!==null||o?a`<div class="chips">
              ${C.tags.map(r1=>a`<span class="chip">${d(r1)}</span>`)}
              ${C.score!==null&&C.score!==void 0?a`<span class="chip">${L("score",{score:C.score})}</span>`:m}
              ${o?a`<span class="chip mine">${d2(L,o,V)}</span>`:m}
            </div>`:m}
        <div class="tally">
          <div class="count">${C.count.toLocaleString(e)}</div>
          ${B(C1(L,e,"calls",C.count).replace(/^\S+\s*/,""))}
          <div class="split">
            <span class="answered">
              ${Z(f2)}${C.answered.toLocaleString(e)}${B(L("answered",{n:""}))}
            </span>
            <span class="missed ${C.missed?"":"none"}">
              ${Z(O2)}${C.missed.toLocaleString(e)}${B(L("missed",{n:""}))}
            </span>
            ${y?a`<span class="stopped">
                  ${Z(g2)}${y.toLocaleString(e)}${B(L("stopped",{n:""}))}
                </span>`:m}
          </div>
        </div>
      </button>
      <div class="actions">${this._renderFlag(C,n)}</div>
      ${this.flagging?a`<nc-flag-panel
            class="panel"
            .entry=${o}
            .view=${this.view}
            @nc-flag=${this._flag}
            @nc-close=${()=>{this._ask("close-panel"),this.focusFlag()}}
          ></nc-flag-panel>`:m}
    `}_renderFlag(C,V){let L=this.view;if(!L.canChange||L.preview)return m;if(V)return a`<span class="slot"></span>`;let e=C.list_entry?.action==="flag",r=L.localize("action.flag");return a`<button
      class="icon-button flag"
      title=${r}
      aria-label=${r}
      aria-pressed=${String(e)}
      aria-expanded=${String(this.flagging)}
      ?disabled=${this.busy}
      @click=${()=>this._ask("toggle-panel")}
    >
      ${Z(e?s2:c1)}
    </button>`}};_.styles=[f,I,k5],l([v({attribute:!1})],_.prototype,"caller",2),l([v({attribute:!1})],_.prototype,"view",2),l([v({attribute:!1})],_.prototype,"flash",2),l([v({attribute:!1})],_.prototype,"busy",2),l([v({attribute:!1})],_.prototype,"flagging",2);function d2(M,H,C){let V=H.action==="flag";return H.by_user&&H.by_user!==C.userId?M(V?"on.list.flag_by":"on.list.allow_by",{name:H.by_name||"?"}):H.by_user?M(V?"on.list.flag":"on.list.allow"):M(V?"on.list.flagged":"on.list.allowed")}h("nc-caller-row",_);var E5=500,c3=0,b=class extends u{constructor(){super(...arguments);this.text="";this.label="";this.empty="";this.editable=!1;this.button=!1;this.editing=!1;this._draft="";this._saving=!1;this._error="";this._id=`nc-note-${++c3}`;this._onKey=C=>{C.key==="Escape"?(C.preventDefault(),C.stopPropagation(),this._close()):C.key==="Enter"&&(C.ctrlKey||C.metaKey)&&(C.preventDefault(),this._save(this._draft))}}willUpdate(C){C.has("editing")&&this.editing&&(this._draft=this.text,this._error="")}updated(C){if(C.has("editing")&&this.editing){let V=this.renderRoot.querySelector("textarea");V?.focus(),V?.setSelectionRange(V.value.length,V.value.length)}}_close(){c(this,"nc-note-close",void 0)}async _save(C){if(!(!this.save||this._saving)){this._saving=!0,this._error="";try{await this.save(C),this._close()}catch(V){this._error=E(V)}finally{this._saving=!1}}}render(){let C=this.localize;return this.editing&&this.editable?this._renderEditor(C):a`
      ${this.text?a`<p class="note-text">${this.button?m:a`<span class="sr-only">${this.label}: </span>`}${this.text}</p>`:this.empty?a`<p class="note-empty">${this.empty}</p>`:m}
      ${this.editable&&this.button?a`<button
            class="text-button edit-note"
            aria-label=${`${C(this.text?"note.edit":"note.add")}: ${this.label}`}
            @click=${()=>c(this,"nc-note-edit",void 0)}
          >
            ${Z(this.text?S1:h1)}<span
              >${C(this.text?"note.edit":"note.add")}</span
            >
          </button>`:m}
    `}_renderEditor(C){let V=this._id;return a`
      <div class="note-editor" @keydown=${this._onKey}>
        <label for=${`${V}-field`}>${this.label}</label>
        <textarea
          id=${`${V}-field`}
          rows="3"
          maxlength=${E5}
          aria-describedby=${`${V}-count ${V}-keys${this._error?` ${V}-error`:""}`}
          aria-invalid=${this._error?"true":"false"}
          .value=${this._draft}
          ?disabled=${this._saving}
          @input=${L=>{this._draft=L.target.value}}
        ></textarea>
        <div class="note-help">
          <span id=${`${V}-count`}
            >${C("note.count",{n:[...this._draft].length,max:E5})}</span
          >
          <span id=${`${V}-keys`}>${C("note.keys")}</span>
        </div>
        ${this._error?a`<div class="note-error" id=${`${V}-error`} role="alert">${this._error}</div>`:m}
        <div class="note-buttons">
          <button
            class="text-button save-note"
            ?disabled=${this._saving}
            @click=${()=>{this._save(this._draft)}}
          >
            ${C("note.save")}
          </button>
          ${this.text?a`<button
                class="text-button clear-note"
                ?disabled=${this._saving}
                @click=${()=>{this._save("")}}
              >
                ${C("note.clear")}
              </button>`:m}
          <button class="text-button cancel-note" @click=${()=>this._close()}>
            ${C("cancel")}
          </button>
        </div>
      </div>
    `}};b.styles=[f,U,R5],l([v({attribute:!1})],b.prototype,"localize",2),l([v({attribute:!1})],b.prototype,"text",2),l([v({attribute:!1})],b.prototype,"label",2),l([v({attribute:!1})],b.prototype,"empty",2),l([v({attribute:!1})],b.prototype,"editable",2),l([v({attribute:!1})],b.prototype,"button",2),l([v({attribute:!1})],b.prototype,"editing",2),l([v({attribute:!1})],b.prototype,"save",2),l([k()],b.prototype,"_draft",2),l([k()],b.prototype,"_saving",2),l([k()],b.prototype,"_error",2);h("nc-note",b);function _5(M,H){try{let C=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",timeZone:H}).formatToParts(M),V=C.find(e=>e.type==="year")?.value,L=C.find(e=>e.type==="month")?.value;if(V&&L)return`${V}-${L}`}catch{}return`${M.getFullYear()}-${String(M.getMonth()+1).padStart(2,"0")}`}function N5(M,H,C,V=12){let[L,e]=_5(new Date(H),C).split("-").map(Number),r=[],i=new Map;for(let t=V-1;t>=0;t--){let d=new Date(Date.UTC(L,e-1-t,1,12)),n=`${d.getUTCFullYear()}-${String(d.getUTCMonth()+1).padStart(2,"0")}`,A={key:n,date:d,count:0};r.push(A),i.set(n,A)}for(let t of M){let d=new Date(t);if(!Number.isNaN(d.getTime())){let n=i.get(_5(d,C));n&&(n.count+=1)}}return r}var n2=144,Z1=28,N=class extends u{constructor(){super(...arguments);this.times=[];this.language="en";this.now=Date.now()}render(){let C=this.localize;if(!C)return m;let V=N5(this.times,this.now,this.timeZone),L=Math.max(1,...V.map(A=>A.count)),e=V.reduce((A,p)=>A+p.count,0),r;try{r=new Intl.DateTimeFormat(this.language,{month:"long",year:"numeric",timeZone:"UTC"})}catch{r=new Intl.DateTimeFormat("en",{month:"long",year:"numeric",timeZone:"UTC"})}let i=A=>A.toLocaleString(this.language),t=C("spark.label",{months:i(V.length),total:i(e),months_list:V.map(A=>C("spark.month",{month:r.format(A.date),n:i(A.count)})).join(", ")}),d=n2/V.length,n=d-2;return a`<div class="spark">
      <svg
        role="img"
        aria-label=${t}
        viewBox="0 0 ${n2} ${Z1}"
        preserveAspectRatio="none"
        data-counts=${V.map(A=>A.count).join(",")}
      >
        ${V.map((A,p)=>{let o=A.count?Math.max(2,A.count/L*(Z1-2)):0;return l1`<rect
            class="bar"
            x=${p*d+1}
            y=${Z1-1-o}
            width=${n}
            height=${o}
          ></rect>`})}
        ${l1`<line class="base" x1="0" x2=${n2} y1=${Z1-.5} y2=${Z1-.5}></line>`}
      </svg>
      <span class="caption" aria-hidden="true">${C("spark.title")}</span>
    </div>`}};N.styles=[F5],l([v({attribute:!1})],N.prototype,"times",2),l([v({attribute:!1})],N.prototype,"localize",2),l([v({attribute:!1})],N.prototype,"language",2),l([v({attribute:!1})],N.prototype,"timeZone",2),l([v({attribute:!1})],N.prototype,"now",2);h("nc-spark",N);var S3="anonymous",h3=new Set(["fixed_line","mobile","fixed_line_or_mobile","toll_free","premium_rate","shared_cost","voip","personal_number","pager","uan","voicemail","invalid"]),w=class extends u{constructor(){super(...arguments);this.busy=!1;this.flagging=!1;this.confirming=!1}_ask(C){c(this,"nc-row-action",{kind:C,caller:this.detail})}shouldUpdate(){return this.detail!==void 0&&this.view!==void 0}firstUpdated(){this.renderRoot.querySelector("button.back")?.focus()}updated(C){C.has("confirming")&&this.confirming?this.renderRoot.querySelector("button.confirm")?.focus():C.has("confirming")&&C.get("confirming")===!0&&this.renderRoot.querySelector("button.reset")?.focus()}render(){let C=this.detail,V=this.view,{localize:L,language:e,timeZone:r,lines:i,tagText:t}=V,d=C.number===S3,n=d?L("anonymous"):C.label||C.formatted_number,A=C.list_entry,p=(s,y)=>i.find(B=>B.entry_id===s)?.title??y,o=i.length>1?"wide":"hidden",x=s=>s?z(s,e,r):"—";return a`
      <div class="page-head">
        <button
          class="icon-button back"
          title=${L("caller.back")}
          aria-label=${L("caller.back")}
          @click=${()=>c(this,"nc-back",void 0)}
        >
          ${Z(l2)}
        </button>
        <div class="who">
          <h2 class="name">${n}</h2>
          ${C.label&&!d?a`<div class="number">${C.formatted_number}</div>`:m}
          ${this._renderHint(C)}
        </div>
        <span class="verdict verdict-${C.verdict}"
          >${L(`verdict.${C.verdict}`)}</span
        >
      </div>
      <dl class="facts">
        <dt>${L("caller.calls")}</dt>
        <dd>
          ${[C1(L,e,"calls",C.count),L("answered",{n:C.answered}),L("missed",{n:C.missed}),C.stopped?L("stopped",{n:C.stopped}):""].filter(Boolean).join(" · ")}
        </dd>
        <dt>${L("caller.first")}</dt>
        <dd>${x(C.first_seen)}</dd>
        <dt>${L("last.call")}</dt>
        <dd>${x(C.last_seen)}</dd>
        ${C.tags.length?a`<dt>${L("caller.tags")}</dt>
              <dd>${C.tags.map(s=>t(s)).join(", ")}</dd>`:m}
        ${C.sources.length?a`<dt>${L("caller.sources")}</dt>
              <dd>${C.sources.join(", ")}</dd>`:m}
        ${A?a`<dt>${L("caller.list")}</dt>
              <dd>
                ${d2(L,A,V)}${A.added?` · ${z(A.added,e,r)}`:""}
              </dd>`:m}
      </dl>
      ${this._renderSpark(C,V)}
      ${this._renderActions(C,d)}
      ${this._renderCallerNote(C,V)}
      <h3 class="calls-title">${L("caller.history",{n:C.calls.length})}</h3>
      ${C.calls.length?a`<table class="calls">
            <thead>
              <tr>
                <th scope="col">${L("caller.col.time")}</th>
                <th scope="col">${L("caller.col.outcome")}</th>
                <th scope="col">${L("caller.col.verdict")}</th>
                <th scope="col" class=${o}>${L("editor.line")}</th>
                <th scope="col">${L("caller.col.note")}</th>
              </tr>
            </thead>
            <tbody>
              ${C.calls.map(s=>a`<tr class="call outcome-${s.outcome}">
                  <td>${z(s.time,e,r)}</td>
                  <td>
                    ${L(`outcome.${s.outcome}`)}${s.duration?` (${L("duration",{s:s.duration})})`:""}
                  </td>
                  <td>
                    ${s.verdict?L(`verdict.${s.verdict}`):""}${s.tags.length?` · ${s.tags.map(y=>t(y)).join(", ")}`:""}
                  </td>
                  <td class=${o}>${p(s.entry_id,s.line)}</td>
                  ${this._renderCallNoteCell(s,V)}
                </tr>${this._renderCallNoteRow(C,s,V)}`)}
            </tbody>
          </table>`:a`<div class="message">${L("caller.no_calls")}</div>`}
    `}_renderHint(C){let V=C.hint,{localize:L}=this.view,e=V&&h3.has(V.kind)?L(`hint.kind.${V.kind}`):"",r=[V?.where??"",e].filter(Boolean).join(" · ");return r?a`<div class="hint" title=${L("hint.label")}>
          <span class="sr-only">${L("hint.label")}: </span>${r}
        </div>`:m}_renderSpark(C,V){return C.calls.length?a`<nc-spark
      .times=${C.calls.map(L=>L.time)}
      .localize=${V.localize}
      .language=${V.language}
      .timeZone=${V.timeZone}
      .now=${V.now}
    ></nc-spark>`:m}get _mayNote(){let C=this.view;return C.canChange&&!C.preview&&this.saveNote!==void 0}_closeNote(C){this._editing=void 0,this.updateComplete.then(()=>{let V=this.renderRoot.querySelector(C);(V?.shadowRoot?.querySelector("button.edit-note")??V)?.focus()})}_renderCallerNote(C,V){let{localize:L}=V,e=this._mayNote,r=C.note??"";return!r&&!e?a``:a`<section class="caller-note" aria-labelledby="caller-note-title">
      <h3 class="calls-title" id="caller-note-title">${L("note.title")}</h3>
      <nc-note
        class="caller-note-body"
        .localize=${L}
        .text=${r}
        .label=${L("note.caller")}
        .empty=${e?L("note.none"):""}
        .editable=${e}
        .button=${!0}
        .editing=${this._editing==="caller"}
        .save=${i=>this.saveNote(C.number,i)}
        @nc-note-edit=${()=>{this._editing="caller"}}
        @nc-note-close=${()=>this._closeNote("nc-note.caller-note-body")}
      ></nc-note>
    </section>`}_renderCallNoteCell(C,V){let{localize:L,language:e,timeZone:r}=V;if(!this._mayNote)return a`<td class="note-cell"></td>`;let i=z(C.time,e,r),t=L(C.note?"note.edit_call":"note.add_call",{time:i});return a`<td class="note-cell">
      <button
        class="icon-button call-note-button"
        data-call=${C.id}
        title=${t}
        aria-label=${t}
        aria-expanded=${this._editing===C.id?"true":"false"}
        @click=${()=>{this._editing=this._editing===C.id?void 0:C.id}}
      >
        ${Z(C.note?S1:h1)}
      </button>
    </td>`}_renderCallNoteRow(C,V,L){let e=this._editing===V.id&&this._mayNote;if(!V.note&&!e)return m;let{localize:r,language:i,timeZone:t}=L,d=z(V.time,i,t);return a`<tr class="call-note">
      <td colspan="5">
        <nc-note
          data-call=${V.id}
          .localize=${r}
          .text=${V.note??""}
          .label=${r("note.call",{time:d})}
          .editable=${this._mayNote}
          .editing=${e}
          .save=${n=>this.saveNote(C.number,n,V.id)}
          @nc-note-close=${()=>this._closeNote(`button.call-note-button[data-call="${V.id}"]`)}
        ></nc-note>
      </td>
    </tr>`}_renderActions(C,V){let L=this.view,{localize:e}=L,r=C.list_entry,i=L.canChange&&!L.preview,t=(d,n,A,p)=>a`
      <button class="text-button ${d}" ?disabled=${this.busy} @click=${p}>
        ${Z(A)}<span>${e(n)}</span>
      </button>
    `;return a`
      <div class="page-actions">
        ${i&&!V?a`
              ${t("flag","action.flag",c1,()=>this._ask("toggle-panel"))}
              ${r?.action!=="allow"?t("allow","action.allow",m2,()=>this._ask("allow")):m}
              ${r?t("unflag","action.unflag",Z2,()=>this._ask("unflag")):m}
            `:m}
        ${i&&!this.confirming?t("reset","action.reset",y2,()=>this._ask("ask-reset")):m}
        ${t("export","caller.export",u1,()=>c(this,"nc-export",C.number))}
      </div>
      ${this.confirming?a`<div class="confirm-row" role="alertdialog" aria-labelledby="confirm-text">
            <span id="confirm-text">${e("reset.question")}</span>
            <button class="text-button confirm" ?disabled=${this.busy} @click=${()=>this._ask("reset")}>
              ${e("action.reset_confirm")}
            </button>
            <button class="text-button cancel-reset" @click=${()=>this._ask("cancel-reset")}>
              ${e("cancel")}
            </button>
          </div>`:m}
      ${this.flagging?a`<nc-flag-panel
            class="panel"
            .entry=${r}
            .view=${L}
            @nc-flag=${d=>c(this,"nc-row-action",{kind:"flag",caller:C,...d.detail})}
            @nc-close=${()=>{this._ask("close-panel"),this.renderRoot.querySelector("button.flag")?.focus()}}
          ></nc-flag-panel>`:m}
    `}};w.styles=[f,I,U,P5,D5],l([v({attribute:!1})],w.prototype,"detail",2),l([v({attribute:!1})],w.prototype,"view",2),l([v({attribute:!1})],w.prototype,"busy",2),l([v({attribute:!1})],w.prototype,"flagging",2),l([v({attribute:!1})],w.prototype,"confirming",2),l([v({attribute:!1})],w.prototype,"saveNote",2),l([k()],w.prototype,"_editing",2);h("nc-caller-page",w);var e1=class extends u{constructor(){super(...arguments);this.days=[]}shouldUpdate(){return this.view!==void 0}render(){let C=this.days;if(!C.length)return m;let{localize:V,language:L}=this.view,e=Math.max(1,...C.map(o=>o.calls)),r=C.reduce((o,x)=>o+x.calls,0),i=C.reduce((o,x)=>o+x.nuisance,0),t=C.reduce((o,x)=>o+x.stopped,0),d=C[C.length-1],n=o=>o.toLocaleString(L),A=V("chart.summary",{days:C.length,calls:n(r),nuisance:n(i),stopped:n(t)}),p=o=>`${100*o/e}%`;return a`
      <div class="head">
        <span class="title">${V("chart.title",{days:C.length})}</span>
        <span class="today"
          >${V("chart.today",{calls:n(d.calls),nuisance:n(d.nuisance)})}</span
        >
      </div>
      <div class="plot" role="img" aria-label=${A}>
        <span class="top" aria-hidden="true">${n(e)}</span>
        ${C.map(o=>{let x=V("chart.day",{date:L1(o.date,L),calls:n(o.calls),nuisance:n(o.nuisance),stopped:n(o.stopped)}),s=Math.max(0,o.calls-o.nuisance),y=Math.max(0,o.nuisance-o.stopped);return a`<div class="day" title=${x} data-date=${o.date}>
            <div class="bar other" style="height:${p(s)}"></div>
            <div class="bar nuisance" style="height:${p(y)}"></div>
            <div class="bar stopped" style="height:${p(Math.min(o.stopped,o.calls))}"></div>
          </div>`})}
      </div>
      <div class="axis" aria-hidden="true">
        <span>${L1(C[0].date,L)}</span>
        <span>${L1(d.date,L)}</span>
      </div>
      <div class="legend" aria-hidden="true">
        <span><i class="swatch other"></i>${V("chart.rest")}</span>
        <span><i class="swatch nuisance"></i>${V("chart.nuisance")}</span>
        ${t?a`<span><i class="swatch stopped"></i>${V("chart.stopped")}</span>`:m}
      </div>
    `}};e1.styles=[f,w5],l([v({attribute:!1})],e1.prototype,"days",2),l([v({attribute:!1})],e1.prototype,"view",2);h("nc-chart",e1);var W5=["var(--primary-color)","var(--orange-color, #ff9800)","var(--teal-color, #009688)","var(--purple-color, #926bc7)","var(--pink-color, #e91e63)","var(--light-green-color, #8bc34a)"],p2="",R=class extends u{constructor(){super(...arguments);this.labels=[];this.search="";this.groupPeriod="all"}shouldUpdate(){return this.view!==void 0}render(){if(this.group)return this._renderGroup(this.group);let{localize:C,language:V,now:L}=this.view,e=this.search.trim(),r=this.labels;if(!r.length)return a`<div class="message">
        ${e?C("empty.search",{search:e}):C("empty.labels")}
      </div>`;let i=this.since?L1(this.since,V):"",t=Math.max(1,...r.map(d=>d.calls_since));return a`<div class="list" role="list">
      ${m1(r,d=>d.label,d=>a`
          <button
            class="row label-row verdict-${d.verdict}"
            role="listitem"
            title=${C("labels.show")}
            @click=${()=>c(this,"nc-show-label",d.label)}
          >
            <div class="badge">${Z(G1)}</div>
            <div class="info">
              <div class="primary">${d.label}</div>
              <div class="secondary">
                ${[C1(C,V,"numbers",d.callers),C("labels.total",{n:d.count.toLocaleString(V)}),d.last_seen?W1(d.last_seen,V,L):""].filter(Boolean).join(" · ")}
              </div>
            </div>
            <div class="bar-track" aria-hidden="true">
              <div class="bar" style="width:${100*d.calls_since/t}%"></div>
            </div>
            <div class="tally">
              <div class="count">${d.calls_since.toLocaleString(V)}</div>
              <div class="split">${C("labels.since",{date:i})}</div>
            </div>
            <span class="chevron">${Z(t1)}</span>
          </button>
        `)}
    </div>`}_renderGroup(C){let{localize:V,language:L}=this.view,e=this.search.trim(),r=C.members??[p2],i=C.members?.length??C.households,t=V(`group.period.${this.groupPeriod}`),d=a`<div class="group-caption">
      ${V("group.caption",{n:i.toLocaleString(L),period:t})}
    </div>`;if(!C.companies.length)return a`${d}
        <div class="message">
          ${e?V("empty.search",{search:e}):V("group.empty")}
        </div>`;let n=Math.max(1,...C.companies.map(A=>A.calls));return a`${d}
      <div class="list" role="list">
        ${m1(C.companies,A=>A.key,A=>this._renderGroupRow(A,r,i,n))}
      </div>`}_renderGroupRow(C,V,L,e){let{localize:r,language:i}=this.view,t=o=>o.toLocaleString(i),d=o=>o===p2?r("group.you"):o,n=o=>W5[o%W5.length],A=V.map((o,x)=>({member:o,calls:C.by_household[o]??0,colour:n(x)})),p=a`
      <div class="badge">${Z(G1)}</div>
      <div class="info">
        <div class="primary">${C.company}</div>
        <div class="bar-track stacked" aria-hidden="true">
          ${A.map(o=>o.calls?a`<div
                  class="segment"
                  style="width:${100*o.calls/e}%;background:${o.colour}"
                ></div>`:m)}
        </div>
        <div class="parts" title=${r("group.parts")}>
          ${A.map((o,x)=>a`${x?" ":""}<span class="part"
                  >${x?"· ":""}<span
                    class="swatch"
                    style="background:${o.colour}"
                  ></span
                  >${d(o.member)} ${t(o.calls)}</span
                >`)}
        </div>
      </div>
      <div class="tally">
        <div class="count">${t(C.calls)}</div>
        <div class="split">
          ${r("group.households",{n:t(C.households),total:t(L)})}
        </div>
      </div>
    `;return C.by_household[p2]?a`<button
          class="row label-row group-row verdict-nuisance"
          role="listitem"
          data-company=${C.key}
          title=${r("group.show")}
          @click=${()=>c(this,"nc-show-label",C.company)}
        >
          ${p}<span class="chevron">${Z(t1)}</span>
        </button>`:a`<div class="row group-row verdict-nuisance" role="listitem" data-company=${C.key}>
          ${p}
        </div>`}};R.styles=[f,z1,T5],l([v({attribute:!1})],R.prototype,"labels",2),l([v({attribute:!1})],R.prototype,"search",2),l([v({attribute:!1})],R.prototype,"since",2),l([v({attribute:!1})],R.prototype,"view",2),l([v({attribute:!1})],R.prototype,"group",2),l([v({attribute:!1})],R.prototype,"groupPeriod",2);h("nc-companies",R);var g3=["all","year","30d","7d"],f3=["all","year","90_days","30_days"],O3=["calls","households","company"],g=class extends u{constructor(){super(...arguments);this.search="";this.sort="count";this.descending=!0;this.sortable=!0;this.pickLine=!1;this.period="all";this.tags=[];this.group=!1;this.groupSort="calls";this.groupDescending=!0;this.groupPeriod="all"}_change(C){c(this,"nc-query",C)}shouldUpdate(){return this.view!==void 0}render(){let{localize:C,lines:V}=this.view,L=C(this.descending?"sort.descending":"sort.ascending");return a`
      <label class="search">
        ${Z(c2)}
        <input
          type="search"
          .value=${this.search}
          placeholder=${C("search")}
          aria-label=${C("search")}
          @input=${e=>this._change({search:e.target.value})}
        />
        ${this.search?a`<button
              class="icon-button"
              title=${C("search.clear")}
              aria-label=${C("search.clear")}
              @click=${()=>this._change({search:"",immediate:!0})}
            >
              ${Z(x2)}
            </button>`:m}
      </label>
      ${this.group?this._renderGroup():m}
      ${this.sortable?a`
            <div class="sort">
              <select
                aria-label=${C("sort.by")}
                @change=${e=>this._change({sort:e.target.value})}
              >
                ${x1.map(e=>a`<option value=${e} ?selected=${e===this.sort}>
                      ${C(`sort.${e}`)}
                    </option>`)}
              </select>
              <button
                class="icon-button"
                title=${L}
                aria-label=${L}
                @click=${()=>this._change({descending:!this.descending})}
              >
                ${Z(this.descending?K1:Q1)}
              </button>
            </div>
          `:m}
      ${this.sortable?a`
            <select
              class="period"
              aria-label=${C("period")}
              @change=${e=>this._change({period:e.target.value})}
            >
              ${g3.map(e=>a`<option value=${e} ?selected=${e===this.period}>
                    ${C(`period.${e}`)}
                  </option>`)}
            </select>
            ${this.tags.length?a`<select
                  class="tag"
                  aria-label=${C("filter.tag")}
                  @change=${e=>this._change({tag:e.target.value||void 0})}
                >
                  <option value="" ?selected=${!this.tag}>${C("filter.tag_all")}</option>
                  ${this.tags.map(e=>a`<option value=${e} ?selected=${e===this.tag}>
                        ${this.view?.tagText(e)??e}
                      </option>`)}
                </select>`:m}
          `:m}
      ${this.pickLine?a`
            <select
              aria-label=${C("editor.line")}
              @change=${e=>this._change({line:e.target.value||void 0})}
            >
              <option value="" ?selected=${!this.line}>${C("line.all")}</option>
              ${V.map(e=>a`<option value=${e.entry_id} ?selected=${e.entry_id===this.line}>
                    ${e.title}
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
          ${O3.map(L=>a`<option value=${L} ?selected=${L===this.groupSort}>
                ${C(`group.sort.${L}`)}
              </option>`)}
        </select>
        <button
          class="icon-button group-direction"
          title=${V}
          aria-label=${V}
          @click=${()=>this._change({groupDescending:!this.groupDescending})}
        >
          ${Z(this.groupDescending?K1:Q1)}
        </button>
      </div>
      <select
        class="group-period"
        aria-label=${C("period")}
        @change=${L=>this._change({groupPeriod:L.target.value})}
      >
        ${f3.map(L=>a`<option value=${L} ?selected=${L===this.groupPeriod}>
              ${C(`group.period.${L}`)}
            </option>`)}
      </select>
    `}};g.styles=[f,I,y5],l([v({attribute:!1})],g.prototype,"view",2),l([v({attribute:!1})],g.prototype,"search",2),l([v({attribute:!1})],g.prototype,"sort",2),l([v({attribute:!1})],g.prototype,"descending",2),l([v({attribute:!1})],g.prototype,"line",2),l([v({attribute:!1})],g.prototype,"sortable",2),l([v({attribute:!1})],g.prototype,"pickLine",2),l([v({attribute:!1})],g.prototype,"period",2),l([v({attribute:!1})],g.prototype,"tag",2),l([v({attribute:!1})],g.prototype,"tags",2),l([v({attribute:!1})],g.prototype,"group",2),l([v({attribute:!1})],g.prototype,"groupSort",2),l([v({attribute:!1})],g.prototype,"groupDescending",2),l([v({attribute:!1})],g.prototype,"groupPeriod",2);h("nc-toolbar",g);var I1=new WeakMap,z5=new Map;function b3(M){let H=I1.get(M);if(!H){let C=t5(M);C.catch(()=>{I1.get(M)===C&&I1.delete(M)}),I1.set(M,C),H=C}return H}function y3(M){let H=M.language,C=z5.get(H);return C||(C=Promise.resolve().then(()=>o5(M)).catch(()=>{}),z5.set(H,C)),C}var U1=class{constructor(H){this.flag=[];this.revision=0;this.known=[];this.text=H=>{let C=a5(H);return this.localize?.(C)||this.loaded?.(C)||H};this.load=()=>{let H=this.connection;!H||this.loadedFrom===H||b3(H).then(C=>{this.connection===H&&(this.loadedFrom=H,this.flag=C.flag,this.known=C.known,this.host.requestUpdate())},()=>{})};this.host=H,H.addController(this)}hostConnected(){this.connection?.addEventListener("ready",this.load),this.load()}hostDisconnected(){this.connection?.removeEventListener("ready",this.load)}set hass(H){if(H.localize!==this.localize&&(this.localize=H.localize,this.revision+=1,this.host.requestUpdate()),H.language!==this.language){let C=H.language;this.language=C,this.loaded=void 0,y3(H).then(V=>{V&&this.language===C&&(this.loaded=V,this.revision+=1,this.host.requestUpdate())})}H.connection!==this.connection&&(this.hostDisconnected(),this.connection=H.connection,this.host.isConnected&&this.hostConnected())}};var P=class extends u{constructor(){super(...arguments);this.preview=!1;this._language="en";this._callers=new N1(this);this._actions=new $1(this,()=>this._localize);this._tags=new U1(this);this._detailRequest=0;this._onTabKey=C=>{let V=T.indexOf(this._callers.filter),L={ArrowRight:V+1,ArrowLeft:V-1,Home:0,End:T.length-1};if(C.key in L){C.preventDefault();let e=(L[C.key]+T.length)%T.length;this._selectTab(T[e],!0)}};this._onQuery=C=>{this._callers.changeQuery(C.detail)};this._onRowAction=C=>{let V=C.detail;if(V.kind==="open"){this._actions.closePanel(),this._open=V.caller.number,this._detail=void 0,this._loadDetail(V.caller.number);return}this._actions.handle(V)};this._back=()=>{let C=this._open;this._open=void 0,this._detail=void 0,this._actions.closePanel(),this.updateComplete.then(()=>this.renderRoot.querySelector(`nc-caller-row[data-number="${CSS.escape(C??"")}"]`)?.shadowRoot?.querySelector("button.open")?.focus())};this._saveNote=async(C,V,L)=>{let e=this._hass;if(!e)throw new Error(this._localize("error.not_set_up"));await l5(e,C,V,L),this._open===C&&await this._loadDetail(C)};this._export=async C=>{let V=this._hass?.connection;if(!V)return;let L=C.detail;try{let e=await r5(V,L),r=new Date().toISOString().slice(0,10),i=L?L.replace(/[^0-9a-z+]/gi,""):"all";m5(`nuisance-calls-${i}-${r}.csv`,e.csv)}catch(e){this._notify(this._localize("error.action",{action:this._localize("caller.export"),message:E(e)}))}};this._onShowLabel=C=>{this._actions.closePanel(),this._callers.showLabel(C.detail)}}static getStubConfig(){return c5()}static getConfigForm(){return S5()}setConfig(C){t2(C);let V=this._config;this._config=C,(!V||V.filter!==C.filter||V.sort!==C.sort||V.line!==C.line||V.max_rows!==C.max_rows||V.show_chart!==C.show_chart||V.compact!==C.compact)&&this._callers.configure(C)}getCardSize(){let C=this._callers,V=C.filter==="labels"?C.companiesShown:Math.min(C.callers.length,C.limit);return 2+(C.chart?3:0)+Math.max(1,V)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}set hass(C){let V=!this._hass;this._hass=C;let L=C.locale?.language??C.language??"en";u5(L),this._language=L,this._actions.hass=C,this._tags.hass=C,this._callers.setConnection(C.connection),this._config?.compact&&(this._ringingNow=this._ringing()),V&&(this._callers.onPush=e=>{this._open&&e.includes(this._open)&&this._loadDetail(this._open)})}get hass(){return this._hass}_selectTab(C,V=!1){this._open=void 0,C!==this._callers.filter&&(this._actions.closePanel(),this._callers.selectTab(C)),V&&this.updateComplete.then(()=>this.renderRoot.querySelector(`.tab[data-tab="${C}"]`)?.focus())}async _loadDetail(C){let V=this._hass?.connection;if(!V)return;let L=++this._detailRequest;try{let e=await e5(V,C);L===this._detailRequest&&this._open===C&&(this._detail=e)}catch(e){this._notify(this._localize("error.load",{message:E(e)}))}}_notify(C){this.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:C},bubbles:!0,composed:!0}))}get _localize(){return X(this._language)}shouldUpdate(C){return this._config!==void 0||C.has("_config")}_view(){let C=this._makeView(),V=this._lastView;return V&&Object.keys(C).every(L=>L==="localize"||V[L]===C[L])?V:(this._lastView=C,C)}_makeView(){let C=this._callers;return{localize:this._localize,language:this._language,now:C.now,timeZone:this._hass?.config?.time_zone,lines:C.lines,tagText:this._tags.text,flagTags:this._tags.flag,textsRevision:this._tags.revision,canChange:this._hass?.user?.is_admin??!1,userId:this._hass?.user?.id,preview:this.preview}}render(){let C=this._view(),{localize:V}=C,L=this._config,e=this._callers,r=e.filter==="labels",i=L.title??V("title");return L.compact&&!this._open?this._renderCompact(C,i):a`
      <ha-card .header=${i||void 0}>
        <div class="frame" ?inert=${this.preview}>
          ${e.chart?a`<nc-chart .days=${e.days} .view=${C}></nc-chart>`:m}
          <div class="tabs" role="tablist" aria-label=${V("tabs")} @keydown=${this._onTabKey}>
            ${T.map(t=>{let d=t===e.filter;return a`
                <button
                  class="tab"
                  role="tab"
                  id="tab-${t}"
                  data-tab=${t}
                  aria-selected=${d?"true":"false"}
                  aria-controls="panel"
                  tabindex=${d?"0":"-1"}
                  @click=${()=>this._selectTab(t)}
                >
                  ${V(`tab.${t}`)}
                </button>
              `})}
          </div>
          <div id="panel" role="tabpanel" aria-labelledby="tab-${e.filter}">
            ${this._open?this._renderCaller(C):a`
                  <nc-toolbar
                    .view=${C}
                    .search=${e.search}
                    .sort=${e.sort}
                    .descending=${e.descending}
                    .line=${e.line}
                    .period=${e.period}
                    .tag=${e.tag}
                    .tags=${this._tags.known}
                    .sortable=${!r}
                    .group=${r&&e.group!==void 0}
                    .groupSort=${e.groupSort}
                    .groupDescending=${e.groupDescending}
                    .groupPeriod=${e.groupPeriod}
                    .pickLine=${!r&&e.lines.length>1&&!L.line}
                    @nc-query=${this._onQuery}
                  ></nc-toolbar>
                  <div class="content">${this._renderContent(C,r)}</div>
                  ${this._renderFooter(C)}
                `}
          </div>
          <div class="sr-only" aria-live="polite">${e.announce}</div>
        </div>
      </ha-card>
    `}_ringing(){let C=this._hass;if(!(!C?.entities||!C.states))for(let[V,L]of Object.entries(C.entities)){if(L.platform!=="nuisance_calls"||!V.startsWith("event."))continue;let e=C.states[V],r=e?.attributes.event_type,i=Date.parse(e?.state??"");if((r==="incoming_call"||r==="nuisance_call")&&Date.now()-i<3e5){let t=e.attributes;return String(t.label||t.number||this._localize("anonymous"))}}}_renderCompact(C,V){let{localize:L,language:e}=C,r=this._callers,i=r.filter==="labels",t=r.days[r.days.length-1],d=this._ringingNow,n=p=>p.toLocaleString(e),A=i?r.group?r.group.companies.map(p=>({key:p.key,name:p.company,count:p.calls})):r.labels.map(p=>({key:p.label,name:p.label,count:p.calls_since})):r.callers.map(p=>({key:p.number,name:p.number==="anonymous"?L("anonymous"):p.label||p.formatted_number,count:p.count}));return a`
      <ha-card .header=${V||void 0}>
        <div class="frame compact" ?inert=${this.preview}>
          ${t?a`<div class="today-line">
                ${L("chart.today",{calls:n(t.calls),nuisance:n(t.nuisance)})}
              </div>`:m}
          ${d?a`<div class="ringing" role="status">${L("ringing",{name:d})}</div>`:m}
          ${r.loaded?A.length?a`<ol class="top">
                  ${A.map(p=>a`<li>
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
      .saveNote=${this._saveNote}
      @nc-row-action=${this._onRowAction}
      @nc-back=${this._back}
      @nc-export=${this._export}
    ></nc-caller-page>`}_renderContent(C,V){let{localize:L}=C,e=this._callers,r=e.error;if(r)return a`<div class="message error" role="alert">
        ${r.notSetUp?L("error.not_set_up"):L("error.load",{message:r.message})}
      </div>`;let i=e.shownFilter===void 0||e.shownFilter==="labels"!==V,t=V?!e.companiesShown:!e.callers.length;if(!e.loaded||i||e.loading&&t)return a`<div class="message" role="status">${L("loading")}</div>`;if(V)return a`<nc-companies
        .labels=${e.labels}
        .search=${e.shownSearch}
        .since=${e.since}
        .group=${e.group}
        .groupPeriod=${e.groupShownPeriod}
        .view=${C}
        @nc-show-label=${this._onShowLabel}
      ></nc-companies>`;if(!e.callers.length){let n=e.shownSearch,A=e.filter!=="all"||e.period!=="all"||e.tag||e.line;return a`<div class="message empty">
        ${n?L("empty.search",{search:n}):A?L("empty.filtered"):a`<p><strong>${L("empty.callers")}</strong></p>
                <p>${L("empty.explain")}</p>`}
      </div>`}let d=this._actions;return a`<div class="list" role="list" @nc-row-action=${this._onRowAction}>
      ${m1(e.callers,n=>n.number,n=>a`<nc-caller-row
          .caller=${n}
          .view=${C}
          .flash=${e.flash.has(n.number)}
          .busy=${d.busy.has(n.number)}
          .flagging=${d.flagging===n.number}
        ></nc-caller-row>`)}
    </div>`}_renderFooter(C){let{localize:V,language:L}=C,e=this._callers,r=e.filter==="labels",i=r?e.companiesShown:e.callers.length,t=r?e.labelsTotal:e.total;if(e.error||i===0)return m;let d=e.offset+1,n=e.offset+i,A=(p,o,x,s)=>a`
      <button
        class="icon-button page-${p<0?"back":"on"}"
        title=${V(o)}
        aria-label=${V(o)}
        ?disabled=${!s}
        @click=${()=>{this._actions.closePanel(),this._callers.turnPage(p)}}
      >
        ${Z(x)}
      </button>
    `;return a`
      <div class="footer">
        <span class="range" role="status"
          >${V("showing",{first:d.toLocaleString(L),last:n.toLocaleString(L),total:t.toLocaleString(L)})}</span
        >
        <span class="pager">
          ${A(-1,"page.back",v2,e.offset>0)}
          ${A(1,"page.on",t1,e.hasNext)}
        </span>
        ${r?m:a`<button
              class="icon-button export-all"
              title=${V("export.all")}
              aria-label=${V("export.all")}
              @click=${()=>{this._export(new CustomEvent("nc-export",{detail:void 0}))}}
            >
              ${Z(u1)}
            </button>`}
      </div>
    `}};P.styles=[f,U,I,z1,b5],l([v({type:Boolean})],P.prototype,"preview",2),l([k()],P.prototype,"_config",2),l([k()],P.prototype,"_language",2),l([k()],P.prototype,"_open",2),l([k()],P.prototype,"_detail",2),l([k()],P.prototype,"_ringingNow",2);if(!customElements.get(H1)){h(H1,P);let M=new URL(import.meta.url).searchParams.get("v")??"dev";console.info(`nuisance-calls-card ${M}`)}window.customCards=window.customCards??[];window.customCards.some(M=>M.type===H1)||window.customCards.push({type:H1,get name(){return X(v1())("title")},get description(){return X(v1())("description")},preview:!0,documentationURL:"https://github.com/nuisance-calls/nuisance_calls#the-card"});
