/*! nuisance-calls-card, built from frontend/ (npm ci && npm run build); do not edit. Lit: BSD-3-Clause; MDI icons: Apache-2.0. */
var Q2=Object.defineProperty;var G2=Object.getOwnPropertyDescriptor;var d1=(L,C,H,V)=>{for(var M=V>1?void 0:V?G2(C,H):C,r=L.length-1,e;r>=0;r--)(e=L[r])&&(M=(V?e(C,H,M):e(M))||M);return V&&M&&Q2(C,H,M),M};var P1="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M10 17L5 12L6.41 10.59L10 14.17L17.59 6.58L19 8L10 17Z",T1="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M12 20C7.59 20 4 16.41 4 12S7.59 4 12 4 20 7.59 20 12 16.41 20 12 20M16.59 7.58L10 14.17L7.41 11.59L6 13L10 17L18 9L16.59 7.58Z";var F1="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var R1="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var D1="M18,15H16V17H18M18,11H16V13H18M20,19H12V17H14V15H12V13H14V11H12V9H20M10,7H8V5H10M10,11H8V9H10M10,15H8V13H10M10,19H8V17H10M6,7H4V5H6M6,11H4V9H6M6,15H4V13H6M6,19H4V17H6M12,7V3H2V21H22V7H12Z";var E1="M14.4,6L14,4H5V21H7V14H12.6L13,16H20V6H14.4Z";var _1="M12.36,6L12.76,8H18V14H14.64L14.24,12H7V6H12.36M14,4H5V21H7V14H12.6L13,16H20V6H14.4";var N1="M13 16L12.6 14H7V21H5V4H14L14.4 6H20V13.09C19.67 13.04 19.34 13 19 13C18.66 13 18.33 13.04 18 13.09V8H12.76L12.36 6H7V12H14.24L14.64 14H15.69C14.92 14.5 14.27 15.2 13.81 16H13M21.12 15.46L19 17.59L16.88 15.46L15.47 16.88L17.59 19L15.47 21.12L16.88 22.54L19 20.41L21.12 22.54L22.54 21.12L20.41 19L22.54 16.88L21.12 15.46Z";var W1="M17.06 13C15.2 13 13.64 14.33 13.24 16.1C12.29 15.69 11.42 15.8 10.76 16.09C10.35 14.31 8.79 13 6.94 13C4.77 13 3 14.79 3 17C3 19.21 4.77 21 6.94 21C9 21 10.68 19.38 10.84 17.32C11.18 17.08 12.07 16.63 13.16 17.34C13.34 19.39 15 21 17.06 21C19.23 21 21 19.21 21 17C21 14.79 19.23 13 17.06 13M6.94 19.86C5.38 19.86 4.13 18.58 4.13 17S5.39 14.14 6.94 14.14C8.5 14.14 9.75 15.42 9.75 17S8.5 19.86 6.94 19.86M17.06 19.86C15.5 19.86 14.25 18.58 14.25 17S15.5 14.14 17.06 14.14C18.62 14.14 19.88 15.42 19.88 17S18.61 19.86 17.06 19.86M22 10.5H2V12H22V10.5M15.53 2.63C15.31 2.14 14.75 1.88 14.22 2.05L12 2.79L9.77 2.05L9.72 2.04C9.19 1.89 8.63 2.17 8.43 2.68L6 9H18L15.56 2.68L15.53 2.63Z";var $1="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var I1="M6.62 10.79C8.06 13.62 10.38 15.94 13.21 17.38L15.41 15.18C15.69 14.9 16.08 14.82 16.43 14.93C17.55 15.3 18.75 15.5 20 15.5C20.55 15.5 21 15.95 21 16.5V20C21 20.55 20.55 21 20 21C10.61 21 3 13.39 3 4C3 3.45 3.45 3 4 3H7.5C8.05 3 8.5 3.45 8.5 4C8.5 5.25 8.7 6.45 9.07 7.57C9.18 7.92 9.1 8.31 8.82 8.59L6.62 10.79M16.5 2C14 2 12 4 12 6.5S14 11 16.5 11 21 9 21 6.5 19 2 16.5 2M16.5 9.5C14.84 9.5 13.5 8.16 13.5 6.5C13.5 5.94 13.65 5.42 13.92 5L18 9.08C17.58 9.35 17.06 9.5 16.5 9.5M19.08 8L15 3.92C15.42 3.65 15.94 3.5 16.5 3.5C18.16 3.5 19.5 4.84 19.5 6.5C19.5 7.06 19.35 7.58 19.08 8Z";var U1="M6.62 10.79A15.1 15.1 0 0 0 13.21 17.38L15.41 15.18A1 1 0 0 1 16.41 14.93A11.36 11.36 0 0 0 20 15.5A1 1 0 0 1 21 16.5V20A1 1 0 0 1 20 21A17 17 0 0 1 3 4A1 1 0 0 1 4 3H7.5A1 1 0 0 1 8.5 4A11.36 11.36 0 0 0 9.07 7.57A1 1 0 0 1 8.82 8.57M21.71 4.71L20.29 3.29L15 8.59L12.71 6.29L11.29 7.71L15 11.41Z";var Q1="M4,3A1,1 0 0,0 3,4A17,17 0 0,0 20,21A1,1 0 0,0 21,20V16.5A1,1 0 0,0 20,15.5C18.75,15.5 17.55,15.3 16.43,14.93C16.08,14.82 15.69,14.9 15.41,15.17L13.21,17.37C10.38,15.93 8.06,13.62 6.62,10.78L8.82,8.57C9.1,8.31 9.18,7.92 9.07,7.57C8.7,6.45 8.5,5.25 8.5,4A1,1 0 0,0 7.5,3H4M19,11V9.5H15.5L21,4L20,3L14.5,8.5V5H13V11H19Z";var G1="M23.71,16.67C20.66,13.77 16.54,12 12,12C7.46,12 3.34,13.77 0.29,16.67C0.11,16.85 0,17.1 0,17.38C0,17.65 0.11,17.9 0.29,18.08L2.77,20.56C2.95,20.74 3.2,20.86 3.5,20.86C3.75,20.86 4,20.75 4.18,20.57C4.97,19.83 5.86,19.21 6.84,18.72C7.17,18.56 7.4,18.22 7.4,17.82V14.72C8.85,14.25 10.39,14 12,14C13.6,14 15.15,14.25 16.6,14.72V17.82C16.6,18.22 16.83,18.56 17.16,18.72C18.14,19.21 19.03,19.83 19.82,20.57C20,20.75 20.25,20.86 20.5,20.86C20.8,20.86 21.05,20.74 21.23,20.56L23.71,18.08C23.89,17.9 24,17.65 24,17.38C24,17.1 23.89,16.85 23.71,16.67M6.5,5.5L12,11L19,4L18,3L12,9L7.5,4.5H11V3H5V9H6.5V5.5Z";var z1="M20,15.5C18.8,15.5 17.5,15.3 16.4,14.9C16.3,14.9 16.2,14.9 16.1,14.9C15.8,14.9 15.6,15 15.4,15.2L13.2,17.4C10.4,15.9 8,13.6 6.6,10.8L8.8,8.6C9.1,8.3 9.2,7.9 9,7.6C8.7,6.5 8.5,5.2 8.5,4C8.5,3.5 8,3 7.5,3H4C3.5,3 3,3.5 3,4C3,13.4 10.6,21 20,21C20.5,21 21,20.5 21,20V16.5C21,16 20.5,15.5 20,15.5M5,5H6.5C6.6,5.9 6.8,6.8 7,7.6L5.8,8.8C5.4,7.6 5.1,6.3 5,5M19,19C17.7,18.9 16.4,18.6 15.2,18.2L16.4,17C17.2,17.2 18.1,17.4 19,17.4V19Z";var K1="M13,3A9,9 0 0,0 4,12H1L4.89,15.89L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3Z";var q1="M19 17H22L18 21L14 17H17V3H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var j1="M19 7H22L18 3L14 7H17V21H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var G=globalThis,z=G.ShadowRoot&&(G.ShadyCSS===void 0||G.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,p1=Symbol(),X1=new WeakMap,D=class{constructor(C,H,V){if(this._$cssResult$=!0,V!==p1)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=C,this.t=H}get styleSheet(){let C=this.o,H=this.t;if(z&&C===void 0){let V=H!==void 0&&H.length===1;V&&(C=X1.get(H)),C===void 0&&((this.o=C=new CSSStyleSheet).replaceSync(this.cssText),V&&X1.set(H,C))}return C}toString(){return this.cssText}},Y1=L=>new D(typeof L=="string"?L:L+"",void 0,p1),m1=(L,...C)=>{let H=L.length===1?L[0]:C.reduce((V,M,r)=>V+(e=>{if(e._$cssResult$===!0)return e.cssText;if(typeof e=="number")return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(M)+L[r+1],L[0]);return new D(H,L,p1)},J1=(L,C)=>{if(z)L.adoptedStyleSheets=C.map(H=>H instanceof CSSStyleSheet?H:H.styleSheet);else for(let H of C){let V=document.createElement("style"),M=G.litNonce;M!==void 0&&V.setAttribute("nonce",M),V.textContent=H.cssText,L.appendChild(V)}},n1=z?L=>L:L=>L instanceof CSSStyleSheet?(C=>{let H="";for(let V of C.cssRules)H+=V.cssText;return Y1(H)})(L):L;var{is:z2,defineProperty:K2,getOwnPropertyDescriptor:q2,getOwnPropertyNames:j2,getOwnPropertySymbols:X2,getPrototypeOf:Y2}=Object,K=globalThis,C2=K.trustedTypes,J2=C2?C2.emptyScript:"",C5=K.reactiveElementPolyfillSupport,E=(L,C)=>L,_={toAttribute(L,C){switch(C){case Boolean:L=L?J2:null;break;case Object:case Array:L=L==null?L:JSON.stringify(L)}return L},fromAttribute(L,C){let H=L;switch(C){case Boolean:H=L!==null;break;case Number:H=L===null?null:Number(L);break;case Object:case Array:try{H=JSON.parse(L)}catch{H=null}}return H}},q=(L,C)=>!z2(L,C),H2={attribute:!0,type:String,converter:_,reflect:!1,useDefault:!1,hasChanged:q};Symbol.metadata??=Symbol("metadata"),K.litPropertyMetadata??=new WeakMap;var x=class extends HTMLElement{static addInitializer(C){this._$Ei(),(this.l??=[]).push(C)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(C,H=H2){if(H.state&&(H.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(C)&&((H=Object.create(H)).wrapped=!0),this.elementProperties.set(C,H),!H.noAccessor){let V=Symbol(),M=this.getPropertyDescriptor(C,V,H);M!==void 0&&K2(this.prototype,C,M)}}static getPropertyDescriptor(C,H,V){let{get:M,set:r}=q2(this.prototype,C)??{get(){return this[H]},set(e){this[H]=e}};return{get:M,set(e){let t=M?.call(this);r?.call(this,e),this.requestUpdate(C,t,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(C){return this.elementProperties.get(C)??H2}static _$Ei(){if(this.hasOwnProperty(E("elementProperties")))return;let C=Y2(this);C.finalize(),C.l!==void 0&&(this.l=[...C.l]),this.elementProperties=new Map(C.elementProperties)}static finalize(){if(this.hasOwnProperty(E("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(E("properties"))){let H=this.properties,V=[...j2(H),...X2(H)];for(let M of V)this.createProperty(M,H[M])}let C=this[Symbol.metadata];if(C!==null){let H=litPropertyMetadata.get(C);if(H!==void 0)for(let[V,M]of H)this.elementProperties.set(V,M)}this._$Eh=new Map;for(let[H,V]of this.elementProperties){let M=this._$Eu(H,V);M!==void 0&&this._$Eh.set(M,H)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(C){let H=[];if(Array.isArray(C)){let V=new Set(C.flat(1/0).reverse());for(let M of V)H.unshift(n1(M))}else C!==void 0&&H.push(n1(C));return H}static _$Eu(C,H){let V=H.attribute;return V===!1?void 0:typeof V=="string"?V:typeof C=="string"?C.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(C=>this.enableUpdating=C),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(C=>C(this))}addController(C){(this._$EO??=new Set).add(C),this.renderRoot!==void 0&&this.isConnected&&C.hostConnected?.()}removeController(C){this._$EO?.delete(C)}_$E_(){let C=new Map,H=this.constructor.elementProperties;for(let V of H.keys())this.hasOwnProperty(V)&&(C.set(V,this[V]),delete this[V]);C.size>0&&(this._$Ep=C)}createRenderRoot(){let C=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return J1(C,this.constructor.elementStyles),C}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(C=>C.hostConnected?.())}enableUpdating(C){}disconnectedCallback(){this._$EO?.forEach(C=>C.hostDisconnected?.())}attributeChangedCallback(C,H,V){this._$AK(C,V)}_$ET(C,H){let V=this.constructor.elementProperties.get(C),M=this.constructor._$Eu(C,V);if(M!==void 0&&V.reflect===!0){let r=(V.converter?.toAttribute!==void 0?V.converter:_).toAttribute(H,V.type);this._$Em=C,r==null?this.removeAttribute(M):this.setAttribute(M,r),this._$Em=null}}_$AK(C,H){let V=this.constructor,M=V._$Eh.get(C);if(M!==void 0&&this._$Em!==M){let r=V.getPropertyOptions(M),e=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:_;this._$Em=M;let t=e.fromAttribute(H,r.type);this[M]=t??this._$Ej?.get(M)??t,this._$Em=null}}requestUpdate(C,H,V,M=!1,r){if(C!==void 0){let e=this.constructor;if(M===!1&&(r=this[C]),V??=e.getPropertyOptions(C),!((V.hasChanged??q)(r,H)||V.useDefault&&V.reflect&&r===this._$Ej?.get(C)&&!this.hasAttribute(e._$Eu(C,V))))return;this.C(C,H,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(C,H,{useDefault:V,reflect:M,wrapped:r},e){V&&!(this._$Ej??=new Map).has(C)&&(this._$Ej.set(C,e??H??this[C]),r!==!0||e!==void 0)||(this._$AL.has(C)||(this.hasUpdated||V||(H=void 0),this._$AL.set(C,H)),M===!0&&this._$Em!==C&&(this._$Eq??=new Set).add(C))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(H){Promise.reject(H)}let C=this.scheduleUpdate();return C!=null&&await C,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[M,r]of this._$Ep)this[M]=r;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[M,r]of V){let{wrapped:e}=r,t=this[M];e!==!0||this._$AL.has(M)||t===void 0||this.C(M,void 0,r,t)}}let C=!1,H=this._$AL;try{C=this.shouldUpdate(H),C?(this.willUpdate(H),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(H)):this._$EM()}catch(V){throw C=!1,this._$EM(),V}C&&this._$AE(H)}willUpdate(C){}_$AE(C){this._$EO?.forEach(H=>H.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(C)),this.updated(C)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(C){return!0}update(C){this._$Eq&&=this._$Eq.forEach(H=>this._$ET(H,this[H])),this._$EM()}updated(C){}firstUpdated(C){}};x.elementStyles=[],x.shadowRootOptions={mode:"open"},x[E("elementProperties")]=new Map,x[E("finalized")]=new Map,C5?.({ReactiveElement:x}),(K.reactiveElementVersions??=[]).push("2.1.2");var v1=globalThis,V2=L=>L,j=v1.trustedTypes,L2=j?j.createPolicy("lit-html",{createHTML:L=>L}):void 0,x1="$lit$",Z=`lit$${Math.random().toFixed(9).slice(2)}$`,Z1="?"+Z,H5=`<${Z1}>`,f=document,W=()=>f.createComment(""),$=L=>L===null||typeof L!="object"&&typeof L!="function",S1=Array.isArray,A2=L=>S1(L)||typeof L?.[Symbol.iterator]=="function",l1=`[ 	
\f\r]`,N=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,M2=/-->/g,r2=/>/g,O=RegExp(`>|${l1}(?:([^\\s"'>=/]+)(${l1}*=${l1}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),e2=/'/g,t2=/"/g,o2=/^(?:script|style|textarea|title)$/i,s1=L=>(C,...H)=>({_$litType$:L,strings:C,values:H}),p=s1(1),a2=s1(2),f5=s1(3),S=Symbol.for("lit-noChange"),n=Symbol.for("lit-nothing"),i2=new WeakMap,g=f.createTreeWalker(f,129);function d2(L,C){if(!S1(L)||!L.hasOwnProperty("raw"))throw Error("invalid template strings array");return L2!==void 0?L2.createHTML(C):C}var p2=(L,C)=>{let H=L.length-1,V=[],M,r=C===2?"<svg>":C===3?"<math>":"",e=N;for(let t=0;t<H;t++){let i=L[t],a,o,A=-1,m=0;for(;m<i.length&&(e.lastIndex=m,o=e.exec(i),o!==null);)m=e.lastIndex,e===N?o[1]==="!--"?e=M2:o[1]!==void 0?e=r2:o[2]!==void 0?(o2.test(o[2])&&(M=RegExp("</"+o[2],"g")),e=O):o[3]!==void 0&&(e=O):e===O?o[0]===">"?(e=M??N,A=-1):o[1]===void 0?A=-2:(A=e.lastIndex-o[2].length,a=o[1],e=o[3]===void 0?O:o[3]==='"'?t2:e2):e===t2||e===e2?e=O:e===M2||e===r2?e=N:(e=O,M=void 0);let d=e===O&&L[t+1].startsWith("/>")?" ":"";r+=e===N?i+H5:A>=0?(V.push(a),i.slice(0,A)+x1+i.slice(A)+Z+d):i+Z+(A===-2?t:d)}return[d2(L,r+(L[H]||"<?>")+(C===2?"</svg>":C===3?"</math>":"")),V]},I=class L{constructor({strings:C,_$litType$:H},V){let M;this.parts=[];let r=0,e=0,t=C.length-1,i=this.parts,[a,o]=p2(C,H);if(this.el=L.createElement(a,V),g.currentNode=this.el.content,H===2||H===3){let A=this.el.content.firstChild;A.replaceWith(...A.childNodes)}for(;(M=g.nextNode())!==null&&i.length<t;){if(M.nodeType===1){if(M.hasAttributes())for(let A of M.getAttributeNames())if(A.endsWith(x1)){let m=o[e++],d=M.getAttribute(A).split(Z),l=/([.?@])?(.*)/.exec(m);i.push({type:1,index:r,name:l[2],strings:d,ctor:l[1]==="."?Y:l[1]==="?"?J:l[1]==="@"?C1:b}),M.removeAttribute(A)}else A.startsWith(Z)&&(i.push({type:6,index:r}),M.removeAttribute(A));if(o2.test(M.tagName)){let A=M.textContent.split(Z),m=A.length-1;if(m>0){M.textContent=j?j.emptyScript:"";for(let d=0;d<m;d++)M.append(A[d],W()),g.nextNode(),i.push({type:2,index:++r});M.append(A[m],W())}}}else if(M.nodeType===8)if(M.data===Z1)i.push({type:2,index:r});else{let A=-1;for(;(A=M.data.indexOf(Z,A+1))!==-1;)i.push({type:7,index:r}),A+=Z.length-1}r++}}static createElement(C,H){let V=f.createElement("template");return V.innerHTML=C,V}};function k(L,C,H=L,V){if(C===S)return C;let M=V!==void 0?H._$Co?.[V]:H._$Cl,r=$(C)?void 0:C._$litDirective$;return M?.constructor!==r&&(M?._$AO?.(!1),r===void 0?M=void 0:(M=new r(L),M._$AT(L,H,V)),V!==void 0?(H._$Co??=[])[V]=M:H._$Cl=M),M!==void 0&&(C=k(L,M._$AS(L,C.values),M,V)),C}var X=class{constructor(C,H){this._$AV=[],this._$AN=void 0,this._$AD=C,this._$AM=H}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(C){let{el:{content:H},parts:V}=this._$AD,M=(C?.creationScope??f).importNode(H,!0);g.currentNode=M;let r=g.nextNode(),e=0,t=0,i=V[0];for(;i!==void 0;){if(e===i.index){let a;i.type===2?a=new y(r,r.nextSibling,this,C):i.type===1?a=new i.ctor(r,i.name,i.strings,this,C):i.type===6&&(a=new H1(r,this,C)),this._$AV.push(a),i=V[++t]}e!==i?.index&&(r=g.nextNode(),e++)}return g.currentNode=f,M}p(C){let H=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(C,V,H),H+=V.strings.length-2):V._$AI(C[H])),H++}},y=class L{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(C,H,V,M){this.type=2,this._$AH=n,this._$AN=void 0,this._$AA=C,this._$AB=H,this._$AM=V,this.options=M,this._$Cv=M?.isConnected??!0}get parentNode(){let C=this._$AA.parentNode,H=this._$AM;return H!==void 0&&C?.nodeType===11&&(C=H.parentNode),C}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(C,H=this){C=k(this,C,H),$(C)?C===n||C==null||C===""?(this._$AH!==n&&this._$AR(),this._$AH=n):C!==this._$AH&&C!==S&&this._(C):C._$litType$!==void 0?this.$(C):C.nodeType!==void 0?this.T(C):A2(C)?this.k(C):this._(C)}O(C){return this._$AA.parentNode.insertBefore(C,this._$AB)}T(C){this._$AH!==C&&(this._$AR(),this._$AH=this.O(C))}_(C){this._$AH!==n&&$(this._$AH)?this._$AA.nextSibling.data=C:this.T(f.createTextNode(C)),this._$AH=C}$(C){let{values:H,_$litType$:V}=C,M=typeof V=="number"?this._$AC(C):(V.el===void 0&&(V.el=I.createElement(d2(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===M)this._$AH.p(H);else{let r=new X(M,this),e=r.u(this.options);r.p(H),this.T(e),this._$AH=r}}_$AC(C){let H=i2.get(C.strings);return H===void 0&&i2.set(C.strings,H=new I(C)),H}k(C){S1(this._$AH)||(this._$AH=[],this._$AR());let H=this._$AH,V,M=0;for(let r of C)M===H.length?H.push(V=new L(this.O(W()),this.O(W()),this,this.options)):V=H[M],V._$AI(r),M++;M<H.length&&(this._$AR(V&&V._$AB.nextSibling,M),H.length=M)}_$AR(C=this._$AA.nextSibling,H){for(this._$AP?.(!1,!0,H);C!==this._$AB;){let V=V2(C).nextSibling;V2(C).remove(),C=V}}setConnected(C){this._$AM===void 0&&(this._$Cv=C,this._$AP?.(C))}},b=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(C,H,V,M,r){this.type=1,this._$AH=n,this._$AN=void 0,this.element=C,this.name=H,this._$AM=M,this.options=r,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=n}_$AI(C,H=this,V,M){let r=this.strings,e=!1;if(r===void 0)C=k(this,C,H,0),e=!$(C)||C!==this._$AH&&C!==S,e&&(this._$AH=C);else{let t=C,i,a;for(C=r[0],i=0;i<r.length-1;i++)a=k(this,t[V+i],H,i),a===S&&(a=this._$AH[i]),e||=!$(a)||a!==this._$AH[i],a===n?C=n:C!==n&&(C+=(a??"")+r[i+1]),this._$AH[i]=a}e&&!M&&this.j(C)}j(C){C===n?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,C??"")}},Y=class extends b{constructor(){super(...arguments),this.type=3}j(C){this.element[this.name]=C===n?void 0:C}},J=class extends b{constructor(){super(...arguments),this.type=4}j(C){this.element.toggleAttribute(this.name,!!C&&C!==n)}},C1=class extends b{constructor(C,H,V,M,r){super(C,H,V,M,r),this.type=5}_$AI(C,H=this){if((C=k(this,C,H,0)??n)===S)return;let V=this._$AH,M=C===n&&V!==n||C.capture!==V.capture||C.once!==V.once||C.passive!==V.passive,r=C!==n&&(V===n||M);M&&this.element.removeEventListener(this.name,this,V),r&&this.element.addEventListener(this.name,this,C),this._$AH=C}handleEvent(C){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,C):this._$AH.handleEvent(C)}},H1=class{constructor(C,H,V){this.element=C,this.type=6,this._$AN=void 0,this._$AM=H,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(C){k(this,C)}},m2={M:x1,P:Z,A:Z1,C:1,L:p2,R:X,D:A2,V:k,I:y,H:b,N:J,U:C1,B:Y,F:H1},V5=v1.litHtmlPolyfillSupport;V5?.(I,y),(v1.litHtmlVersions??=[]).push("3.3.3");var n2=(L,C,H)=>{let V=H?.renderBefore??C,M=V._$litPart$;if(M===void 0){let r=H?.renderBefore??null;V._$litPart$=M=new y(C.insertBefore(W(),r),r,void 0,H??{})}return M._$AI(L),M};var u1=globalThis,c=class extends x{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let C=super.createRenderRoot();return this.renderOptions.renderBefore??=C.firstChild,C}update(C){let H=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(C),this._$Do=n2(H,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return S}};c._$litElement$=!0,c.finalized=!0,u1.litElementHydrateSupport?.({LitElement:c});var L5=u1.litElementPolyfillSupport;L5?.({LitElement:c});(u1.litElementVersions??=[]).push("4.2.2");var M5={attribute:!0,type:String,converter:_,reflect:!1,hasChanged:q},r5=(L=M5,C,H)=>{let{kind:V,metadata:M}=H,r=globalThis.litPropertyMetadata.get(M);if(r===void 0&&globalThis.litPropertyMetadata.set(M,r=new Map),V==="setter"&&((L=Object.create(L)).wrapped=!0),r.set(H.name,L),V==="accessor"){let{name:e}=H;return{set(t){let i=C.get.call(this);C.set.call(this,t),this.requestUpdate(e,i,L,!0,t)},init(t){return t!==void 0&&this.C(e,void 0,L,t),t}}}if(V==="setter"){let{name:e}=H;return function(t){let i=this[e];C.call(this,t),this.requestUpdate(e,i,L,!0,t)}}throw Error("Unsupported decorator location: "+V)};function l2(L){return(C,H)=>typeof H=="object"?r5(L,C,H):((V,M,r)=>{let e=M.hasOwnProperty(r);return M.constructor.createProperty(r,V),e?Object.getOwnPropertyDescriptor(M,r):void 0})(L,C,H)}function c1(L){return l2({...L,state:!0,attribute:!1})}var v2={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},x2=L=>(...C)=>({_$litDirective$:L,values:C}),L1=class{constructor(C){}get _$AU(){return this._$AM._$AU}_$AT(C,H,V){this._$Ct=C,this._$AM=H,this._$Ci=V}_$AS(C,H){return this.update(C,H)}update(C,H){return this.render(...H)}};var{I:e5}=m2,Z2=L=>L;var S2=()=>document.createComment(""),P=(L,C,H)=>{let V=L._$AA.parentNode,M=C===void 0?L._$AB:C._$AA;if(H===void 0){let r=V.insertBefore(S2(),M),e=V.insertBefore(S2(),M);H=new e5(r,e,L,L.options)}else{let r=H._$AB.nextSibling,e=H._$AM,t=e!==L;if(t){let i;H._$AQ?.(L),H._$AM=L,H._$AP!==void 0&&(i=L._$AU)!==e._$AU&&H._$AP(i)}if(r!==M||t){let i=H._$AA;for(;i!==r;){let a=Z2(i).nextSibling;Z2(V).insertBefore(i,M),i=a}}}return H},h=(L,C,H=L)=>(L._$AI(C,H),L),t5={},s2=(L,C=t5)=>L._$AH=C,u2=L=>L._$AH,M1=L=>{L._$AR(),L._$AA.remove()};var c2=(L,C,H)=>{let V=new Map;for(let M=C;M<=H;M++)V.set(L[M],M);return V},h1=x2(class extends L1{constructor(L){if(super(L),L.type!==v2.CHILD)throw Error("repeat() can only be used in text expressions")}dt(L,C,H){let V;H===void 0?H=C:C!==void 0&&(V=C);let M=[],r=[],e=0;for(let t of L)M[e]=V?V(t,e):e,r[e]=H(t,e),e++;return{values:r,keys:M}}render(L,C,H){return this.dt(L,C,H).values}update(L,[C,H,V]){let M=u2(L),{values:r,keys:e}=this.dt(C,H,V);if(!Array.isArray(M))return this.ut=e,r;let t=this.ut??=[],i=[],a,o,A=0,m=M.length-1,d=0,l=r.length-1;for(;A<=m&&d<=l;)if(M[A]===null)A++;else if(M[m]===null)m--;else if(t[A]===e[d])i[d]=h(M[A],r[d]),A++,d++;else if(t[m]===e[l])i[l]=h(M[m],r[l]),m--,l--;else if(t[A]===e[l])i[l]=h(M[A],r[l]),P(L,i[l+1],M[A]),A++,l--;else if(t[m]===e[d])i[d]=h(M[m],r[d]),P(L,M[A],M[m]),m--,d++;else if(a===void 0&&(a=c2(e,d,l),o=c2(t,A,m)),a.has(t[A]))if(a.has(t[m])){let v=o.get(e[d]),u=v!==void 0?M[v]:null;if(u===null){let y1=P(L,M[A]);h(y1,r[d]),i[d]=y1}else i[d]=h(u,r[d]),P(L,M[A],u),M[v]=null;d++}else M1(M[m]),m--;else M1(M[A]),A++;for(;d<=l;){let v=P(L,i[l+1]);h(v,r[d]),i[d++]=v}for(;A<=m;){let v=M[A++];v!==null&&M1(v)}return this.ut=e,s2(L,i),S}});var w="nuisance_calls";function h2(L,C){let H={type:`${w}/callers`,sort:C.sort,descending:C.descending,limit:C.limit};for(let V of["verdict","line","search","offset"])C[V]&&(H[V]=C[V]);return L.sendMessagePromise(H)}function O2(L,C){return L.sendMessagePromise({type:`${w}/labels`,limit:C})}function g2(L,C){return L.subscribeMessage(C,{type:`${w}/subscribe`},{resubscribe:!1})}function f2(L,C,{tag:H,label:V}={}){return L.callService(w,"flag_number",{number:C,...H?{tag:H}:{},...V?{label:V}:{}})}function k2(L,C){return L.callService(w,"allow_number",{number:C})}function b2(L,C){return L.callService(w,"unflag_number",{number:C})}function w2(L,C){return L.callService(w,"reset_caller",{number:C})}function r1(L){return L&&typeof L=="object"&&"message"in L?String(L.message):String(L)}var B2=L=>L?.code==="unknown_command";var i5=4e3,e1=class{constructor(C,H){this.busy=new Set;this.host=C,this.localize=H,C.addController(this)}hostDisconnected(){window.clearTimeout(this.confirmTimer),this.confirmReset=void 0}closePanel(){this.flagging=void 0,this.host.requestUpdate()}handle(C){let H=C.caller.number;switch(C.kind){case"toggle-panel":this.flagging=this.flagging===H?void 0:H;break;case"close-panel":this.flagging=void 0;break;case"flag":{this.flagging=void 0;let{tag:V,label:M}=C;this.run(H,"action.flag",r=>f2(r,H,{tag:V,label:M}));break}case"allow":this.run(H,"action.allow",V=>k2(V,H));break;case"unflag":this.run(H,"action.unflag",V=>b2(V,H));break;case"ask-reset":this.confirmReset=H,window.clearTimeout(this.confirmTimer),this.confirmTimer=window.setTimeout(()=>{this.confirmReset=void 0,this.host.requestUpdate()},i5);break;case"reset":this.confirmReset=void 0,this.run(H,"action.reset",V=>w2(V,H));break}this.host.requestUpdate()}async run(C,H,V){let M=this.hass;if(M){this.busy=new Set([...this.busy,C]),this.host.requestUpdate();try{await V(M)}catch(r){let e=this.localize(),t=e("error.action",{action:e(H),message:r1(r)});this.host.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:t},bubbles:!0,composed:!0}))}finally{let r=new Set(this.busy);r.delete(C),this.busy=r,this.host.requestUpdate()}}}};var O1={title:"Nuisance calls",description:"Every caller with their tally: flag, allow or reset with one tap.","tab.nuisance":"Nuisance","tab.unknown":"Unknown","tab.allowed":"Allowed","tab.all":"All","tab.labels":"Companies",search:"Search number or name","search.clear":"Clear search","sort.by":"Sort by","sort.count":"Most calls","sort.last_seen":"Latest call","sort.label":"Name","sort.number":"Number","sort.ascending":"Ascending","sort.descending":"Descending","line.all":"All lines","calls.one":"{n} call","calls.other":"{n} calls",answered:"{n} answered",missed:"{n} missed",never:"never","action.flag":"Flag","action.allow":"Allow","action.unflag":"Remove from my list","action.reset":"Reset tally","action.reset_confirm":"Reset?","flag.as":"Flag as","flag.label":"Name or company (optional)",cancel:"Cancel","empty.callers":"No callers yet.","empty.search":"No caller matches “{search}”.","empty.labels":"No caller has a name or company yet.","show.more":"Show more",showing:"{shown} of {total}","error.load":"Could not load the callers: {message}","error.not_set_up":"The Nuisance Calls integration is not set up or not loaded yet.","error.action":"{action} failed: {message}","verdict.nuisance":"Nuisance","verdict.unknown":"Unknown","verdict.allowed":"Allowed",anonymous:"Withheld number","numbers.one":"{n} number","numbers.other":"{n} numbers","labels.since":"since {date}","labels.total":"{n} in total","labels.show":"Show these callers",score:"score {score}","last.call":"Last call","on.list.flag":"Flagged by you","on.list.allow":"Allowed by you","tag.nuisance":"nuisance","tag.telemarketing":"telemarketing","tag.scam":"scam","tag.robocall":"robocall","tag.charity":"charity","tag.survey":"survey","tag.repeat":"repeat","tag.withheld":"withheld","tag.abroad":"abroad","editor.title":"Title","editor.filter":"Show","editor.sort":"Sort by","editor.max_rows":"Rows per page","editor.line":"Line","editor.line.helper":"Only callers on this line; empty for all lines."},A5={title:"Störanrufe",description:"Jeder Anrufer mit seiner Zählung: mit einem Tipp markieren, erlauben oder zurücksetzen.","tab.nuisance":"Störer","tab.unknown":"Unbekannt","tab.allowed":"Erlaubt","tab.all":"Alle","tab.labels":"Firmen",search:"Nummer oder Name suchen","search.clear":"Suche leeren","sort.by":"Sortieren nach","sort.count":"Meiste Anrufe","sort.last_seen":"Letzter Anruf","sort.label":"Name","sort.number":"Nummer","sort.ascending":"Aufsteigend","sort.descending":"Absteigend","line.all":"Alle Leitungen","calls.one":"{n} Anruf","calls.other":"{n} Anrufe",answered:"{n} angenommen",missed:"{n} verpasst",never:"nie","action.flag":"Als Störer markieren","action.allow":"Erlauben","action.unflag":"Von meiner Liste nehmen","action.reset":"Zählung zurücksetzen","action.reset_confirm":"Zurücksetzen?","flag.as":"Markieren als","flag.label":"Name oder Firma (optional)",cancel:"Abbrechen","empty.callers":"Noch keine Anrufer.","empty.search":"Kein Anrufer passt zu „{search}“.","empty.labels":"Noch kein Anrufer hat einen Namen oder eine Firma.","show.more":"Mehr anzeigen",showing:"{shown} von {total}","error.load":"Anrufer konnten nicht geladen werden: {message}","error.not_set_up":"Die Integration Nuisance Calls ist nicht eingerichtet oder noch nicht geladen.","error.action":"{action} fehlgeschlagen: {message}","verdict.nuisance":"Störer","verdict.unknown":"Unbekannt","verdict.allowed":"Erlaubt",anonymous:"Unterdrückte Nummer","numbers.one":"{n} Nummer","numbers.other":"{n} Nummern","labels.since":"seit {date}","labels.total":"{n} insgesamt","labels.show":"Diese Anrufer zeigen",score:"Score {score}","last.call":"Letzter Anruf","on.list.flag":"Von dir markiert","on.list.allow":"Von dir erlaubt","tag.nuisance":"Störer","tag.telemarketing":"Telefonwerbung","tag.scam":"Betrug","tag.robocall":"Bandansage","tag.charity":"Spenden","tag.survey":"Umfrage","tag.repeat":"wiederholt","tag.withheld":"unterdrückt","tag.abroad":"Ausland","editor.title":"Titel","editor.filter":"Anzeigen","editor.sort":"Sortieren nach","editor.max_rows":"Zeilen pro Seite","editor.line":"Leitung","editor.line.helper":"Nur Anrufer auf dieser Leitung; leer für alle Leitungen."},o5={title:"Chiamate moleste",description:"Ogni chiamante con il suo conteggio: segnala, consenti o azzera con un tocco.","tab.nuisance":"Moleste","tab.unknown":"Sconosciute","tab.allowed":"Consentite","tab.all":"Tutte","tab.labels":"Aziende",search:"Cerca numero o nome","search.clear":"Cancella ricerca","sort.by":"Ordina per","sort.count":"Più chiamate","sort.last_seen":"Ultima chiamata","sort.label":"Nome","sort.number":"Numero","sort.ascending":"Crescente","sort.descending":"Decrescente","line.all":"Tutte le linee","calls.one":"{n} chiamata","calls.other":"{n} chiamate",answered:"{n} risposte",missed:"{n} perse",never:"mai","action.flag":"Segnala","action.allow":"Consenti","action.unflag":"Rimuovi dal mio elenco","action.reset":"Azzera conteggio","action.reset_confirm":"Azzerare?","flag.as":"Segnala come","flag.label":"Nome o azienda (facoltativo)",cancel:"Annulla","empty.callers":"Ancora nessun chiamante.","empty.search":"Nessun chiamante corrisponde a «{search}».","empty.labels":"Nessun chiamante ha ancora un nome o un'azienda.","show.more":"Mostra altri",showing:"{shown} di {total}","error.load":"Impossibile caricare i chiamanti: {message}","error.not_set_up":"L'integrazione Nuisance Calls non è configurata o non è ancora caricata.","error.action":"{action} non riuscito: {message}","verdict.nuisance":"Molesto","verdict.unknown":"Sconosciuto","verdict.allowed":"Consentito",anonymous:"Numero anonimo","numbers.one":"{n} numero","numbers.other":"{n} numeri","labels.since":"dal {date}","labels.total":"{n} in totale","labels.show":"Mostra questi chiamanti",score:"punteggio {score}","last.call":"Ultima chiamata","on.list.flag":"Segnalato da te","on.list.allow":"Consentito da te","tag.nuisance":"molesto","tag.telemarketing":"telemarketing","tag.scam":"truffa","tag.robocall":"chiamata automatica","tag.charity":"beneficenza","tag.survey":"sondaggio","tag.repeat":"ripetuto","tag.withheld":"anonimo","tag.abroad":"estero","editor.title":"Titolo","editor.filter":"Mostra","editor.sort":"Ordina per","editor.max_rows":"Righe per pagina","editor.line":"Linea","editor.line.helper":"Solo i chiamanti su questa linea; vuoto per tutte le linee."},y2={en:O1,de:A5,it:o5};function a5(L){let C=(L??"en").toLowerCase().split(/[-_]/)[0];return C in y2?C:"en"}function t1(){return document.documentElement.lang||navigator.language||"en"}function T(L){let C=y2[a5(L)];return(H,V)=>{let M=C[H]??O1[H]??H;if(V)for(let[r,e]of Object.entries(V))M=M.split(`{${r}}`).join(String(e));return M}}function g1(L,C,H,V){let M=new Intl.PluralRules(C).select(V)==="one"?"one":"other";return L(`${H}.${M}`,{n:V.toLocaleString(C)})}var P2=["nuisance","telemarketing","scam","robocall","charity","survey"];function f1(L,C){let H=`tag.${C}`;return H in O1?L(H):C}var R="nuisance-calls-card",U=["nuisance","unknown","allowed","all","labels"],Q=["count","last_seen","label","number"],i1=10,F=500,T2,F2=L=>{T2=L};function k1(L){if(!L||typeof L!="object")throw new Error("Invalid configuration");if(L.filter!==void 0&&!U.includes(L.filter))throw new Error(`filter must be one of ${U.join(", ")}`);if(L.sort!==void 0&&!Q.includes(L.sort))throw new Error(`sort must be one of ${Q.join(", ")}`);if(L.max_rows!==void 0&&(!Number.isInteger(L.max_rows)||L.max_rows<1||L.max_rows>F))throw new Error(`max_rows must be a whole number from 1 to ${F}`);if(L.line!==void 0&&typeof L.line!="string")throw new Error("line must be a config entry id");return L}function R2(){return{type:`custom:${R}`,filter:"all",sort:"count",max_rows:5}}function D2(){let L=T(T2??t1()),C=(H,V)=>H.map(M=>({value:M,label:L(`${V}.${M}`)}));return{schema:[{name:"title",selector:{text:{}}},{type:"grid",name:"",schema:[{name:"filter",selector:{select:{mode:"dropdown",options:C(U,"tab")}}},{name:"sort",selector:{select:{mode:"dropdown",options:C(Q,"sort")}}}]},{name:"max_rows",selector:{number:{min:1,max:100,step:1,mode:"box"}}},{name:"line",selector:{config_entry:{integration:"nuisance_calls"}}}],computeLabel:H=>H.name?L(`editor.${H.name}`):void 0,computeHelper:H=>H.name==="line"?L("editor.line.helper"):void 0,assertConfig:H=>{k1(H)}}}function w1(L){return L==="count"||L==="last_seen"}var b1=L=>L.replace(/\D/g,"");function d5(L,C){let H=(C??"").trim().toLowerCase();if(!H||(L.label??"").toLowerCase().includes(H)||L.formatted_number.toLowerCase().includes(H)||L.number.toLowerCase().includes(H))return!0;let V=b1(H);return V.length>0&&(b1(L.number).includes(V)||b1(L.formatted_number).includes(V))}function p5(L,C){return C.verdict&&L.verdict!==C.verdict||C.line&&!L.lines.includes(C.line)?!1:d5(L,C.search)}var A1=L=>L&&Date.parse(L)||0,E2=L=>L.label?.toLowerCase()||"￿",o1=(L,C)=>L<C?-1:L>C?1:0;function m5(L,C,H){switch(H){case"count":return L.count-C.count||A1(L.last_seen)-A1(C.last_seen);case"last_seen":return A1(L.last_seen)-A1(C.last_seen)||L.count-C.count;case"label":return o1(E2(L),E2(C))||o1(L.number,C.number);case"number":return o1(L.number,C.number)}return 0}function n5(L,C,H){let V=H?-1:1;return[...L].sort((M,r)=>V*m5(M,r,C)||o1(M.number,r.number))}function _2(L,C,H,V,M){let r=new Map(L.map(o=>[o.number,o])),e=[],t=L.length>=C,i=!0;for(let o of H.callers??[]){let A=r.has(o.number);p5(o,V)?(r.set(o.number,o),e.push(o.number),A||(C+=1,i&&=t)):A&&(r.delete(o.number),C-=1,i&&=t)}for(let o of H.removed??[])r.delete(o)&&(C-=1,i&&=t);let a=n5([...r.values()],V.sort,V.descending);return{rows:a.slice(0,M),total:Math.max(C,a.length),touched:e,exact:i}}var l5=250,N2=1e3,v5=1600,x5=3e4,a1=class{constructor(C){this.filter="all";this.sort="count";this.descending=!0;this.search="";this.limit=i1;this.callers=[];this.total=0;this.lines=[];this.labels=[];this.loaded=!1;this.flash=new Set;this.now=Date.now();this.pageSize=i1;this.configured=!1;this.request=0;this.timers=new Map;this.onDisconnected=()=>{this.subscription=void 0};this.onReady=()=>{this.live&&(this.subscribe(this.live),this.refresh())};this.host=C,C.addController(this)}configure(C){this.configured=!0,this.filter=C.filter??"all",this.sort=C.sort??"count",this.descending=w1(this.sort),this.line=C.line||void 0,this.pageSize=C.max_rows??i1,this.limit=this.pageSize,this.host.requestUpdate(),this.refresh()}setConnection(C){C!==this.connection&&(this.stop(),this.connection=C,this.start())}hostConnected(){this.start()}hostDisconnected(){this.stop()}start(){let C=this.connection;!C||!this.host.isConnected||this.live||(this.live=C,this.subscribe(C),C.addEventListener("ready",this.onReady),C.addEventListener("disconnected",this.onDisconnected),this.tick=window.setInterval(()=>{this.now=Date.now(),this.host.requestUpdate()},x5),this.refresh())}stop(){let C=this.live;if(!C)return;this.live=void 0;let H=this.subscription;this.subscription=void 0,H?.then(V=>V?.()).catch(()=>{}),C.removeEventListener("ready",this.onReady),C.removeEventListener("disconnected",this.onDisconnected),window.clearInterval(this.tick);for(let V of this.timers.values())window.clearTimeout(V);this.timers.clear()}subscribe(C){let H=g2(C,V=>{this.subscription===H&&this.onChange(V)}).then(V=>{if(this.subscription===H)return V;Promise.resolve(V()).catch(()=>{})},V=>{this.subscription===H&&this.showLoadError(V)});this.subscription=H}later(C,H,V){window.clearTimeout(this.timers.get(C)),this.timers.set(C,window.setTimeout(()=>{this.timers.delete(C),V()},H))}selectTab(C){C!==this.filter&&(this.filter=C,this.limit=this.pageSize,this.host.requestUpdate(),this.refresh())}changeQuery(C){C.search!==void 0&&(this.search=C.search),C.sort!==void 0&&(this.sort=C.sort,this.descending=w1(C.sort)),C.descending!==void 0&&(this.descending=C.descending),"line"in C&&(this.line=C.line||void 0),this.host.requestUpdate(),C.search!==void 0&&!C.immediate?this.later("search",l5,()=>{this.refresh()}):this.refresh()}showMore(){this.limit=Math.min(this.limit+this.pageSize,F),this.refresh()}showLabel(C){this.search=C,this.selectTab("all")}get hasMore(){return this.total>this.callers.length&&this.limit<F}get rowQuery(){return{sort:this.sort,descending:this.descending,verdict:this.filter==="all"||this.filter==="labels"?void 0:this.filter,line:this.line,search:this.search.trim()||void 0}}async refresh(){let C=this.live;if(!C||!this.configured)return;let H=++this.request,V=Math.min(this.limit,F);try{if(this.filter==="labels"){let M=await O2(C,V);if(H!==this.request)return;this.labels=M.labels,this.since=M.since}else{let M=await h2(C,{...this.rowQuery,limit:V});if(H!==this.request)return;this.callers=M.callers,this.total=M.total,this.lines=M.lines??[]}this.loaded=!0,this.error=void 0}catch(M){H===this.request&&this.showLoadError(M)}this.host.requestUpdate()}showLoadError(C){this.error={notSetUp:B2(C),message:r1(C)},this.loaded=!0,this.host.requestUpdate()}onChange(C){if(C.reset||this.filter==="labels"){this.later("refresh",C.reset?0:N2,()=>{this.refresh()});return}let H=_2(this.callers,this.total,C,this.rowQuery,this.limit);this.callers=H.rows,this.total=H.total,H.touched.length&&(this.flash=new Set([...this.flash,...H.touched]),this.later("flash",v5,()=>{this.flash=new Set,this.host.requestUpdate()})),H.exact||this.later("refresh",N2,()=>{this.refresh()}),this.host.requestUpdate()}};var Z5=[["second",60],["minute",60],["hour",24],["day",7],["week",4.345],["month",12],["year",Number.POSITIVE_INFINITY]];function B1(L,C,H=Date.now()){let V=Date.parse(L);if(Number.isNaN(V))return L;let M=Math.min(V-H,0)/1e3,r=new Intl.RelativeTimeFormat(C,{numeric:"auto"});if(Math.abs(M)<45)return r.format(0,"second");for(let[e,t]of Z5){if(Math.abs(M)<t)return r.format(Math.round(M),e);M/=t}return r.format(Math.round(M),"year")}function W2(L,C,H){let V=new Date(L);if(Number.isNaN(V.getTime()))return L;try{return new Intl.DateTimeFormat(C,{dateStyle:"medium",timeStyle:"short",timeZone:H}).format(V)}catch{return new Intl.DateTimeFormat(C,{dateStyle:"medium",timeStyle:"short"}).format(V)}}function $2(L,C){let[H,V,M]=L.split("-").map(Number);return!H||!V||!M?L:new Intl.DateTimeFormat(C,{day:"numeric",month:"short"}).format(new Date(H,V-1,M))}var I2=m1`
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
    color: var(--primary-color);
    border-bottom-color: var(--primary-color);
  }
  .tab:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: -2px;
  }
  .toolbar {
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
  .content {
    container-type: inline-size;
    flex: 1;
    padding: 4px 8px 8px;
  }
  .message {
    padding: 16px;
    color: var(--secondary-text-color);
    text-align: center;
  }
  .message.error {
    color: var(--error-color);
  }
  .list {
    display: flex;
    flex-direction: column;
  }
  .row {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) auto auto;
    grid-template-areas:
      "badge info tally actions"
      "badge chips tally actions"
      "panel panel panel panel";
    column-gap: var(--nc-gap);
    align-items: center;
    padding: 8px;
    border-radius: 12px;
    transition: background-color 0.6s ease-out, opacity 0.2s;
  }
  .row + .row {
    border-top: 1px solid var(--divider-color);
    border-top-left-radius: 0;
    border-top-right-radius: 0;
  }
  .row.flash {
    background-color: color-mix(in srgb, var(--primary-color) 14%, transparent);
    transition: none;
  }
  .row.busy {
    opacity: 0.55;
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
  .chip.line {
    background: none;
    color: var(--secondary-text-color);
    box-shadow: inset 0 0 0 1px var(--divider-color);
  }
  .chip.mine {
    background: none;
    box-shadow: inset 0 0 0 1px var(--verdict-color);
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
  .split span {
    display: inline-flex;
    align-items: center;
    gap: 2px;
  }
  .split svg {
    width: 14px;
    height: 14px;
  }
  .split .missed {
    color: var(--error-color);
  }
  .split .missed.none {
    color: inherit;
  }
  .actions {
    grid-area: actions;
    display: flex;
    align-items: center;
    justify-content: flex-end;
  }
  .slot {
    width: 40px;
    flex: none;
  }
  .icon-button {
    width: 40px;
    height: 40px;
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
  .icon-button.flag:hover,
  .icon-button.flag[aria-pressed="true"],
  .icon-button.flag[aria-expanded="true"] {
    color: var(--error-color);
  }
  .icon-button.allow:hover,
  .icon-button.allow[aria-pressed="true"] {
    color: var(--success-color);
  }
  .icon-button.unflag:hover,
  .icon-button.reset:hover {
    color: var(--primary-text-color);
  }
  .confirm {
    height: 32px;
    border-radius: 16px;
    border: none;
    padding: 0 12px;
    margin: 0 4px;
    cursor: pointer;
    color: var(--text-primary-color, var(--card-background-color));
    background: var(--error-color);
    font-weight: var(--ha-font-weight-medium, 500);
    white-space: nowrap;
  }
  .panel {
    grid-area: panel;
    margin: 8px 0 4px 52px;
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
  .text-button {
    height: 36px;
    padding: 0 12px;
    border-radius: 18px;
    border: none;
    background: none;
    color: var(--primary-color);
    cursor: pointer;
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .text-button:hover {
    background: color-mix(in srgb, var(--primary-color) 10%, transparent);
  }
  .label-row {
    appearance: none;
    border: none;
    background: none;
    width: 100%;
    text-align: left;
    cursor: pointer;
    grid-template-columns: 40px minmax(0, 1fr) auto 24px;
    grid-template-areas: "badge info tally actions";
  }
  .label-row:hover {
    background: color-mix(in srgb, var(--primary-text-color) 5%, transparent);
  }
  .label-row .chevron {
    grid-area: actions;
    color: var(--secondary-text-color);
  }
  .footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 0 16px 12px;
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  /* Narrow cards (a sections view column, a phone): the actions move under
     the tally, beside the chips, and get a little smaller. */
  @container (max-width: 520px) {
    .row {
      grid-template-columns: 40px minmax(0, 1fr) auto;
      grid-template-areas:
        "badge info tally"
        "badge chips actions"
        "panel panel panel";
    }
    .actions {
      margin: 2px -4px -2px 0;
    }
    .actions .icon-button,
    .actions .slot {
      width: 36px;
      height: 36px;
    }
    .label-row {
      grid-template-columns: 40px minmax(0, 1fr) auto 24px;
      grid-template-areas: "badge info tally actions";
    }
    .panel {
      margin-left: 0;
    }
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
  @media (prefers-reduced-motion: reduce) {
    .row {
      transition: none;
    }
  }
`;var U2="anonymous",s=L=>a2`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${L}></path></svg>`,S5={nuisance:I1,allowed:U1,unknown:z1},B=class extends c{constructor(){super(...arguments);this._language="en";this._callers=new a1(this);this._actions=new e1(this,()=>this._localize)}static getStubConfig(){return R2()}static getConfigForm(){return D2()}setConfig(H){k1(H);let V=this._config;this._config=H,(!V||V.filter!==H.filter||V.sort!==H.sort||V.line!==H.line||V.max_rows!==H.max_rows)&&this._callers.configure(H)}getCardSize(){let H=this._callers,V=H.filter==="labels"?H.labels.length:Math.min(H.callers.length,H.limit);return 2+Math.max(1,V)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}set hass(H){this._hass=H;let V=H.locale?.language??H.language??"en";F2(V),this._language=V,this._actions.hass=H,this._callers.setConnection(H.connection)}get hass(){return this._hass}_flagWith(H,V){let r=this.renderRoot.querySelector(".panel input")?.value.trim()??"";this._actions.handle({kind:"flag",caller:H,tag:V,label:r})}_selectTab(H){H!==this._callers.filter&&(this._actions.closePanel(),this._callers.selectTab(H))}_onSearch(H){this._callers.changeQuery({search:H.target.value})}_clearSearch(){this._callers.changeQuery({search:"",immediate:!0})}_onSort(H){this._callers.changeQuery({sort:H.target.value})}_toggleDirection(){this._callers.changeQuery({descending:!this._callers.descending})}_onLine(H){this._callers.changeQuery({line:H.target.value||void 0})}_showLabel(H){this._actions.closePanel(),this._callers.showLabel(H.label)}get _localize(){return T(this._language)}shouldUpdate(H){return this._config!==void 0||H.has("_config")}render(){let H=this._localize,M=this._config.title??H("title");return p`
      <ha-card .header=${M||void 0}>
        <div class="tabs" role="tablist">
          ${U.map(r=>p`
              <button
                class="tab"
                role="tab"
                aria-selected=${r===this._callers.filter?"true":"false"}
                @click=${()=>this._selectTab(r)}
              >
                ${H(`tab.${r}`)}
              </button>
            `)}
        </div>
        ${this._renderToolbar(H)}
        <div class="content">
          ${this._callers.error?p`<div class="message error" role="alert">
                ${this._callers.error.notSetUp?H("error.not_set_up"):H("error.load",{message:this._callers.error.message})}
              </div>`:this._callers.filter==="labels"?this._renderLabels(H):this._renderCallers(H)}
        </div>
        ${this._renderFooter(H)}
      </ha-card>
    `}_renderToolbar(H){let V=this._callers.lines.length>1&&!this._config?.line;return p`
      <div class="toolbar">
        <label class="search">
          ${s($1)}
          <input
            type="search"
            .value=${this._callers.search}
            placeholder=${H("search")}
            aria-label=${H("search")}
            @input=${this._onSearch}
          />
          ${this._callers.search?p`<button
                class="icon-button"
                title=${H("search.clear")}
                aria-label=${H("search.clear")}
                @click=${this._clearSearch}
              >
                ${s(R1)}
              </button>`:n}
        </label>
        ${this._callers.filter==="labels"?n:p`
              <div class="sort">
                <select aria-label=${H("sort.by")} @change=${this._onSort}>
                  ${Q.map(M=>p`<option value=${M} ?selected=${M===this._callers.sort}>
                        ${H(`sort.${M}`)}
                      </option>`)}
                </select>
                <button
                  class="icon-button"
                  title=${H(this._callers.descending?"sort.descending":"sort.ascending")}
                  aria-label=${H(this._callers.descending?"sort.descending":"sort.ascending")}
                  @click=${this._toggleDirection}
                >
                  ${s(this._callers.descending?j1:q1)}
                </button>
              </div>
            `}
        ${V&&this._callers.filter!=="labels"?p`
              <select aria-label=${H("editor.line")} @change=${this._onLine}>
                <option value="" ?selected=${!this._callers.line}>${H("line.all")}</option>
                ${this._callers.lines.map(M=>p`<option value=${M.entry_id} ?selected=${M.entry_id===this._callers.line}>
                      ${M.title}
                    </option>`)}
              </select>
            `:n}
      </div>
    `}_renderCallers(H){return this._callers.loaded?this._callers.callers.length?p`<div class="list" role="list">
      ${h1(this._callers.callers,V=>V.number,V=>this._renderCaller(V,H))}
    </div>`:p`<div class="message">
        ${this._callers.search.trim()?H("empty.search",{search:this._callers.search.trim()}):H("empty.callers")}
      </div>`:p`<div class="message">…</div>`}_renderCaller(H,V){let M=this._language,r=H.number===U2,e=r?V("anonymous"):H.label||H.formatted_number,t=this._callers.lines.find(l=>l.entry_id===H.last_line)?.title,i=H.list_entry,a=this._actions.busy.has(H.number),o=this._actions.flagging===H.number,A=["row",`verdict-${H.verdict}`,this._callers.flash.has(H.number)?"flash":"",a?"busy":""].join(" "),m=V(`verdict.${H.verdict}`),d=[H.last_seen?`${V("last.call")}: ${W2(H.last_seen,M,this._hass?.config?.time_zone)}`:"",t?`${V("editor.line")}: ${t}`:""].filter(Boolean).join(`
`);return p`
      <div class=${A} role="listitem" data-number=${H.number}>
        <div class="badge" title=${m} aria-label=${m} role="img">
          ${s(r?W1:S5[H.verdict])}
        </div>
        <div class="info">
          <div class="primary" title=${e}>${e}</div>
          <div class="secondary" title=${d}>
            ${[H.label&&!r?H.formatted_number:"",H.last_seen?B1(H.last_seen,M,this._callers.now):V("never"),t??""].filter(Boolean).join(" · ")}
          </div>
        </div>
        ${H.tags.length||H.score!==null||i?p`<div class="chips">
              ${H.tags.map(l=>p`<span class="chip">${f1(V,l)}</span>`)}
              ${H.score!==null&&H.score!==void 0?p`<span class="chip">${V("score",{score:H.score})}</span>`:n}
              ${i?p`<span class="chip mine"
                    >${V(i.action==="flag"?"on.list.flag":"on.list.allow")}</span
                  >`:n}
            </div>`:n}
        <div class="tally">
          <div class="count" title=${g1(V,M,"calls",H.count)}>
            ${H.count.toLocaleString(M)}
          </div>
          <div class="split">
            <span class="answered" title=${V("answered",{n:H.answered})}>
              ${s(Q1)}${H.answered.toLocaleString(M)}
            </span>
            <span
              class="missed ${H.missed?"":"none"}"
              title=${V("missed",{n:H.missed})}
            >
              ${s(G1)}${H.missed.toLocaleString(M)}
            </span>
          </div>
        </div>
        <div class="actions">${this._renderActions(H,V,a,o)}</div>
        ${o?this._renderFlagPanel(H,V):n}
      </div>
    `}_renderActions(H,V,M,r){let e=H.list_entry,t=H.number===U2,i=(m,d,l,v,u={})=>p`
      <button
        class="icon-button ${m}"
        title=${V(d)}
        aria-label=${V(d)}
        aria-pressed=${u.pressed===void 0?n:String(u.pressed)}
        aria-expanded=${u.expanded===void 0?n:String(u.expanded)}
        ?disabled=${M}
        @click=${v}
      >
        ${s(l)}
      </button>
    `,a=e?.action==="flag",o=e?.action==="allow",A=p`<span class="slot"></span>`;return p`
      ${t?p`${A}${A}${A}`:p`
            ${i("flag","action.flag",a?E1:_1,()=>this._actions.handle({kind:"toggle-panel",caller:H}),{pressed:a,expanded:r})}
            ${i("allow","action.allow",o?P1:T1,()=>this._actions.handle({kind:"allow",caller:H}),{pressed:o})}
            ${e?i("unflag","action.unflag",N1,()=>this._actions.handle({kind:"unflag",caller:H})):A}
          `}
      ${this._actions.confirmReset===H.number?p`<button class="confirm" ?disabled=${M} @click=${()=>this._actions.handle({kind:"reset",caller:H})}>
            ${V("action.reset_confirm")}
          </button>`:i("reset","action.reset",K1,()=>this._actions.handle({kind:"ask-reset",caller:H}))}
    `}_renderFlagPanel(H,V){let M=H.list_entry?.action==="flag"?H.list_entry.tags:[];return p`
      <div class="panel" @keydown=${r=>{r.key==="Escape"&&this._actions.closePanel()}}>
        <div class="panel-title">${V("flag.as")}</div>
        <div class="tag-choices">
          ${P2.map(r=>p`
              <button
                class="tag-choice ${M.includes(r)?"current":""}"
                data-tag=${r}
                @click=${()=>this._flagWith(H,r)}
              >
                ${f1(V,r)}
              </button>
            `)}
        </div>
        <div class="panel-row">
          <input
            type="text"
            maxlength="200"
            .value=${H.list_entry?.label??""}
            placeholder=${V("flag.label")}
            aria-label=${V("flag.label")}
            @keydown=${r=>{r.key==="Enter"&&this._flagWith(H,M[0]??"nuisance")}}
          />
          <button class="text-button" @click=${()=>this._actions.closePanel()}>
            ${V("cancel")}
          </button>
        </div>
      </div>
    `}_renderLabels(H){if(!this._callers.loaded)return p`<div class="message">…</div>`;let V=this._callers.search.trim().toLowerCase(),M=V?this._callers.labels.filter(t=>t.label.toLowerCase().includes(V)):this._callers.labels;if(!M.length)return p`<div class="message">
        ${V?H("empty.search",{search:this._callers.search.trim()}):H("empty.labels")}
      </div>`;let r=this._language,e=this._callers.since?$2(this._callers.since,r):"";return p`<div class="list" role="list">
      ${h1(M,t=>t.label,t=>p`
          <button
            class="row label-row verdict-${t.verdict}"
            role="listitem"
            title=${H("labels.show")}
            @click=${()=>this._showLabel(t)}
          >
            <div class="badge">${s(D1)}</div>
            <div class="info">
              <div class="primary">${t.label}</div>
              <div class="secondary">
                ${[g1(H,r,"numbers",t.callers),H("labels.total",{n:t.count.toLocaleString(r)}),t.last_seen?B1(t.last_seen,r,this._callers.now):""].filter(Boolean).join(" · ")}
              </div>
            </div>
            <div class="tally">
              <div class="count">${t.calls_since.toLocaleString(r)}</div>
              <div class="split">
                ${H("labels.since",{date:e})}
              </div>
            </div>
            <span class="chevron">${s(F1)}</span>
          </button>
        `)}
    </div>`}_renderFooter(H){return this._callers.error||this._callers.filter==="labels"||this._callers.callers.length===0?n:p`
      <div class="footer">
        <span
          >${H("showing",{shown:this._callers.callers.length.toLocaleString(this._language),total:this._callers.total.toLocaleString(this._language)})}</span
        >
        ${this._callers.hasMore?p`<button class="text-button" @click=${()=>this._callers.showMore()}>
              ${H("show.more")}
            </button>`:n}
      </div>
    `}updated(H){super.updated(H);let V=this._actions.flagging;V&&V!==this._panelFocused&&this.renderRoot.querySelector(".panel .tag-choice")?.focus(),this._panelFocused=V}};B.styles=I2,d1([c1()],B.prototype,"_config",2),d1([c1()],B.prototype,"_language",2);if(!customElements.get(R)){customElements.define(R,B);let L=new URL(import.meta.url).searchParams.get("v")??"dev";console.info(`nuisance-calls-card ${L}`)}window.customCards=window.customCards??[];if(!window.customCards.some(L=>L.type===R)){let L=T(t1());window.customCards.push({type:R,name:L("title"),description:L("description"),preview:!0,documentationURL:"https://github.com/nuisance-calls/nuisance_calls#the-card"})}
