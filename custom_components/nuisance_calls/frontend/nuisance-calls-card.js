/*! nuisance-calls-card, built from frontend/ (npm ci && npm run build); do not edit. Lit: BSD-3-Clause; MDI icons: Apache-2.0. */
var N2=Object.defineProperty;var W2=Object.getOwnPropertyDescriptor;var l=(L,H,C,V)=>{for(var M=V>1?void 0:V?W2(H,C):H,r=L.length-1,e;r>=0;r--)(e=L[r])&&(M=(V?e(H,C,M):e(M))||M);return V&&M&&N2(H,C,M),M};var w1="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M10 17L5 12L6.41 10.59L10 14.17L17.59 6.58L19 8L10 17Z",B1="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M12 20C7.59 20 4 16.41 4 12S7.59 4 12 4 20 7.59 20 12 16.41 20 12 20M16.59 7.58L10 14.17L7.41 11.59L6 13L10 17L18 9L16.59 7.58Z";var y1="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var P1="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var T1="M18,15H16V17H18M18,11H16V13H18M20,19H12V17H14V15H12V13H14V11H12V9H20M10,7H8V5H10M10,11H8V9H10M10,15H8V13H10M10,19H8V17H10M6,7H4V5H6M6,11H4V9H6M6,15H4V13H6M6,19H4V17H6M12,7V3H2V21H22V7H12Z";var F1="M14.4,6L14,4H5V21H7V14H12.6L13,16H20V6H14.4Z";var R1="M12.36,6L12.76,8H18V14H14.64L14.24,12H7V6H12.36M14,4H5V21H7V14H12.6L13,16H20V6H14.4";var D1="M13 16L12.6 14H7V21H5V4H14L14.4 6H20V13.09C19.67 13.04 19.34 13 19 13C18.66 13 18.33 13.04 18 13.09V8H12.76L12.36 6H7V12H14.24L14.64 14H15.69C14.92 14.5 14.27 15.2 13.81 16H13M21.12 15.46L19 17.59L16.88 15.46L15.47 16.88L17.59 19L15.47 21.12L16.88 22.54L19 20.41L21.12 22.54L22.54 21.12L20.41 19L22.54 16.88L21.12 15.46Z";var E1="M17.06 13C15.2 13 13.64 14.33 13.24 16.1C12.29 15.69 11.42 15.8 10.76 16.09C10.35 14.31 8.79 13 6.94 13C4.77 13 3 14.79 3 17C3 19.21 4.77 21 6.94 21C9 21 10.68 19.38 10.84 17.32C11.18 17.08 12.07 16.63 13.16 17.34C13.34 19.39 15 21 17.06 21C19.23 21 21 19.21 21 17C21 14.79 19.23 13 17.06 13M6.94 19.86C5.38 19.86 4.13 18.58 4.13 17S5.39 14.14 6.94 14.14C8.5 14.14 9.75 15.42 9.75 17S8.5 19.86 6.94 19.86M17.06 19.86C15.5 19.86 14.25 18.58 14.25 17S15.5 14.14 17.06 14.14C18.62 14.14 19.88 15.42 19.88 17S18.61 19.86 17.06 19.86M22 10.5H2V12H22V10.5M15.53 2.63C15.31 2.14 14.75 1.88 14.22 2.05L12 2.79L9.77 2.05L9.72 2.04C9.19 1.89 8.63 2.17 8.43 2.68L6 9H18L15.56 2.68L15.53 2.63Z";var _1="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var N1="M6.62 10.79C8.06 13.62 10.38 15.94 13.21 17.38L15.41 15.18C15.69 14.9 16.08 14.82 16.43 14.93C17.55 15.3 18.75 15.5 20 15.5C20.55 15.5 21 15.95 21 16.5V20C21 20.55 20.55 21 20 21C10.61 21 3 13.39 3 4C3 3.45 3.45 3 4 3H7.5C8.05 3 8.5 3.45 8.5 4C8.5 5.25 8.7 6.45 9.07 7.57C9.18 7.92 9.1 8.31 8.82 8.59L6.62 10.79M16.5 2C14 2 12 4 12 6.5S14 11 16.5 11 21 9 21 6.5 19 2 16.5 2M16.5 9.5C14.84 9.5 13.5 8.16 13.5 6.5C13.5 5.94 13.65 5.42 13.92 5L18 9.08C17.58 9.35 17.06 9.5 16.5 9.5M19.08 8L15 3.92C15.42 3.65 15.94 3.5 16.5 3.5C18.16 3.5 19.5 4.84 19.5 6.5C19.5 7.06 19.35 7.58 19.08 8Z";var W1="M6.62 10.79A15.1 15.1 0 0 0 13.21 17.38L15.41 15.18A1 1 0 0 1 16.41 14.93A11.36 11.36 0 0 0 20 15.5A1 1 0 0 1 21 16.5V20A1 1 0 0 1 20 21A17 17 0 0 1 3 4A1 1 0 0 1 4 3H7.5A1 1 0 0 1 8.5 4A11.36 11.36 0 0 0 9.07 7.57A1 1 0 0 1 8.82 8.57M21.71 4.71L20.29 3.29L15 8.59L12.71 6.29L11.29 7.71L15 11.41Z";var $1="M4,3A1,1 0 0,0 3,4A17,17 0 0,0 20,21A1,1 0 0,0 21,20V16.5A1,1 0 0,0 20,15.5C18.75,15.5 17.55,15.3 16.43,14.93C16.08,14.82 15.69,14.9 15.41,15.17L13.21,17.37C10.38,15.93 8.06,13.62 6.62,10.78L8.82,8.57C9.1,8.31 9.18,7.92 9.07,7.57C8.7,6.45 8.5,5.25 8.5,4A1,1 0 0,0 7.5,3H4M19,11V9.5H15.5L21,4L20,3L14.5,8.5V5H13V11H19Z";var I1="M23.71,16.67C20.66,13.77 16.54,12 12,12C7.46,12 3.34,13.77 0.29,16.67C0.11,16.85 0,17.1 0,17.38C0,17.65 0.11,17.9 0.29,18.08L2.77,20.56C2.95,20.74 3.2,20.86 3.5,20.86C3.75,20.86 4,20.75 4.18,20.57C4.97,19.83 5.86,19.21 6.84,18.72C7.17,18.56 7.4,18.22 7.4,17.82V14.72C8.85,14.25 10.39,14 12,14C13.6,14 15.15,14.25 16.6,14.72V17.82C16.6,18.22 16.83,18.56 17.16,18.72C18.14,19.21 19.03,19.83 19.82,20.57C20,20.75 20.25,20.86 20.5,20.86C20.8,20.86 21.05,20.74 21.23,20.56L23.71,18.08C23.89,17.9 24,17.65 24,17.38C24,17.1 23.89,16.85 23.71,16.67M6.5,5.5L12,11L19,4L18,3L12,9L7.5,4.5H11V3H5V9H6.5V5.5Z";var U1="M20,15.5C18.8,15.5 17.5,15.3 16.4,14.9C16.3,14.9 16.2,14.9 16.1,14.9C15.8,14.9 15.6,15 15.4,15.2L13.2,17.4C10.4,15.9 8,13.6 6.6,10.8L8.8,8.6C9.1,8.3 9.2,7.9 9,7.6C8.7,6.5 8.5,5.2 8.5,4C8.5,3.5 8,3 7.5,3H4C3.5,3 3,3.5 3,4C3,13.4 10.6,21 20,21C20.5,21 21,20.5 21,20V16.5C21,16 20.5,15.5 20,15.5M5,5H6.5C6.6,5.9 6.8,6.8 7,7.6L5.8,8.8C5.4,7.6 5.1,6.3 5,5M19,19C17.7,18.9 16.4,18.6 15.2,18.2L16.4,17C17.2,17.2 18.1,17.4 19,17.4V19Z";var Q1="M13,3A9,9 0 0,0 4,12H1L4.89,15.89L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3Z";var G1="M19 17H22L18 21L14 17H17V3H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var z1="M19 7H22L18 3L14 7H17V21H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var G=globalThis,z=G.ShadowRoot&&(G.ShadyCSS===void 0||G.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,a1=Symbol(),K1=new WeakMap,D=class{constructor(H,C,V){if(this._$cssResult$=!0,V!==a1)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=H,this.t=C}get styleSheet(){let H=this.o,C=this.t;if(z&&H===void 0){let V=C!==void 0&&C.length===1;V&&(H=K1.get(C)),H===void 0&&((this.o=H=new CSSStyleSheet).replaceSync(this.cssText),V&&K1.set(C,H))}return H}toString(){return this.cssText}},q1=L=>new D(typeof L=="string"?L:L+"",void 0,a1),d1=(L,...H)=>{let C=L.length===1?L[0]:H.reduce((V,M,r)=>V+(e=>{if(e._$cssResult$===!0)return e.cssText;if(typeof e=="number")return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(M)+L[r+1],L[0]);return new D(C,L,a1)},j1=(L,H)=>{if(z)L.adoptedStyleSheets=H.map(C=>C instanceof CSSStyleSheet?C:C.styleSheet);else for(let C of H){let V=document.createElement("style"),M=G.litNonce;M!==void 0&&V.setAttribute("nonce",M),V.textContent=C.cssText,L.appendChild(V)}},p1=z?L=>L:L=>L instanceof CSSStyleSheet?(H=>{let C="";for(let V of H.cssRules)C+=V.cssText;return q1(C)})(L):L;var{is:$2,defineProperty:I2,getOwnPropertyDescriptor:U2,getOwnPropertyNames:Q2,getOwnPropertySymbols:G2,getPrototypeOf:z2}=Object,K=globalThis,X1=K.trustedTypes,K2=X1?X1.emptyScript:"",q2=K.reactiveElementPolyfillSupport,E=(L,H)=>L,_={toAttribute(L,H){switch(H){case Boolean:L=L?K2:null;break;case Object:case Array:L=L==null?L:JSON.stringify(L)}return L},fromAttribute(L,H){let C=L;switch(H){case Boolean:C=L!==null;break;case Number:C=L===null?null:Number(L);break;case Object:case Array:try{C=JSON.parse(L)}catch{C=null}}return C}},q=(L,H)=>!$2(L,H),Y1={attribute:!0,type:String,converter:_,reflect:!1,useDefault:!1,hasChanged:q};Symbol.metadata??=Symbol("metadata"),K.litPropertyMetadata??=new WeakMap;var u=class extends HTMLElement{static addInitializer(H){this._$Ei(),(this.l??=[]).push(H)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(H,C=Y1){if(C.state&&(C.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(H)&&((C=Object.create(C)).wrapped=!0),this.elementProperties.set(H,C),!C.noAccessor){let V=Symbol(),M=this.getPropertyDescriptor(H,V,C);M!==void 0&&I2(this.prototype,H,M)}}static getPropertyDescriptor(H,C,V){let{get:M,set:r}=U2(this.prototype,H)??{get(){return this[C]},set(e){this[C]=e}};return{get:M,set(e){let t=M?.call(this);r?.call(this,e),this.requestUpdate(H,t,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(H){return this.elementProperties.get(H)??Y1}static _$Ei(){if(this.hasOwnProperty(E("elementProperties")))return;let H=z2(this);H.finalize(),H.l!==void 0&&(this.l=[...H.l]),this.elementProperties=new Map(H.elementProperties)}static finalize(){if(this.hasOwnProperty(E("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(E("properties"))){let C=this.properties,V=[...Q2(C),...G2(C)];for(let M of V)this.createProperty(M,C[M])}let H=this[Symbol.metadata];if(H!==null){let C=litPropertyMetadata.get(H);if(C!==void 0)for(let[V,M]of C)this.elementProperties.set(V,M)}this._$Eh=new Map;for(let[C,V]of this.elementProperties){let M=this._$Eu(C,V);M!==void 0&&this._$Eh.set(M,C)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(H){let C=[];if(Array.isArray(H)){let V=new Set(H.flat(1/0).reverse());for(let M of V)C.unshift(p1(M))}else H!==void 0&&C.push(p1(H));return C}static _$Eu(H,C){let V=C.attribute;return V===!1?void 0:typeof V=="string"?V:typeof H=="string"?H.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(H=>this.enableUpdating=H),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(H=>H(this))}addController(H){(this._$EO??=new Set).add(H),this.renderRoot!==void 0&&this.isConnected&&H.hostConnected?.()}removeController(H){this._$EO?.delete(H)}_$E_(){let H=new Map,C=this.constructor.elementProperties;for(let V of C.keys())this.hasOwnProperty(V)&&(H.set(V,this[V]),delete this[V]);H.size>0&&(this._$Ep=H)}createRenderRoot(){let H=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return j1(H,this.constructor.elementStyles),H}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(H=>H.hostConnected?.())}enableUpdating(H){}disconnectedCallback(){this._$EO?.forEach(H=>H.hostDisconnected?.())}attributeChangedCallback(H,C,V){this._$AK(H,V)}_$ET(H,C){let V=this.constructor.elementProperties.get(H),M=this.constructor._$Eu(H,V);if(M!==void 0&&V.reflect===!0){let r=(V.converter?.toAttribute!==void 0?V.converter:_).toAttribute(C,V.type);this._$Em=H,r==null?this.removeAttribute(M):this.setAttribute(M,r),this._$Em=null}}_$AK(H,C){let V=this.constructor,M=V._$Eh.get(H);if(M!==void 0&&this._$Em!==M){let r=V.getPropertyOptions(M),e=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:_;this._$Em=M;let t=e.fromAttribute(C,r.type);this[M]=t??this._$Ej?.get(M)??t,this._$Em=null}}requestUpdate(H,C,V,M=!1,r){if(H!==void 0){let e=this.constructor;if(M===!1&&(r=this[H]),V??=e.getPropertyOptions(H),!((V.hasChanged??q)(r,C)||V.useDefault&&V.reflect&&r===this._$Ej?.get(H)&&!this.hasAttribute(e._$Eu(H,V))))return;this.C(H,C,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(H,C,{useDefault:V,reflect:M,wrapped:r},e){V&&!(this._$Ej??=new Map).has(H)&&(this._$Ej.set(H,e??C??this[H]),r!==!0||e!==void 0)||(this._$AL.has(H)||(this.hasUpdated||V||(C=void 0),this._$AL.set(H,C)),M===!0&&this._$Em!==H&&(this._$Eq??=new Set).add(H))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(C){Promise.reject(C)}let H=this.scheduleUpdate();return H!=null&&await H,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[M,r]of this._$Ep)this[M]=r;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[M,r]of V){let{wrapped:e}=r,t=this[M];e!==!0||this._$AL.has(M)||t===void 0||this.C(M,void 0,r,t)}}let H=!1,C=this._$AL;try{H=this.shouldUpdate(C),H?(this.willUpdate(C),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(C)):this._$EM()}catch(V){throw H=!1,this._$EM(),V}H&&this._$AE(C)}willUpdate(H){}_$AE(H){this._$EO?.forEach(C=>C.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(H)),this.updated(H)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(H){return!0}update(H){this._$Eq&&=this._$Eq.forEach(C=>this._$ET(C,this[C])),this._$EM()}updated(H){}firstUpdated(H){}};u.elementStyles=[],u.shadowRootOptions={mode:"open"},u[E("elementProperties")]=new Map,u[E("finalized")]=new Map,q2?.({ReactiveElement:u}),(K.reactiveElementVersions??=[]).push("2.1.2");var n1=globalThis,J1=L=>L,j=n1.trustedTypes,C2=j?j.createPolicy("lit-html",{createHTML:L=>L}):void 0,v1="$lit$",s=`lit$${Math.random().toFixed(9).slice(2)}$`,x1="?"+s,j2=`<${x1}>`,w=document,W=()=>w.createComment(""),$=L=>L===null||typeof L!="object"&&typeof L!="function",l1=Array.isArray,e2=L=>l1(L)||typeof L?.[Symbol.iterator]=="function",m1=`[ 	
\f\r]`,N=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,H2=/-->/g,V2=/>/g,k=RegExp(`>|${m1}(?:([^\\s"'>=/]+)(${m1}*=${m1}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),L2=/'/g,M2=/"/g,t2=/^(?:script|style|textarea|title)$/i,Z1=L=>(H,...C)=>({_$litType$:L,strings:H,values:C}),p=Z1(1),i2=Z1(2),c5=Z1(3),c=Symbol.for("lit-noChange"),n=Symbol.for("lit-nothing"),r2=new WeakMap,b=w.createTreeWalker(w,129);function A2(L,H){if(!l1(L)||!L.hasOwnProperty("raw"))throw Error("invalid template strings array");return C2!==void 0?C2.createHTML(H):H}var o2=(L,H)=>{let C=L.length-1,V=[],M,r=H===2?"<svg>":H===3?"<math>":"",e=N;for(let t=0;t<C;t++){let i=L[t],a,o,A=-1,m=0;for(;m<i.length&&(e.lastIndex=m,o=e.exec(i),o!==null);)m=e.lastIndex,e===N?o[1]==="!--"?e=H2:o[1]!==void 0?e=V2:o[2]!==void 0?(t2.test(o[2])&&(M=RegExp("</"+o[2],"g")),e=k):o[3]!==void 0&&(e=k):e===k?o[0]===">"?(e=M??N,A=-1):o[1]===void 0?A=-2:(A=e.lastIndex-o[2].length,a=o[1],e=o[3]===void 0?k:o[3]==='"'?M2:L2):e===M2||e===L2?e=k:e===H2||e===V2?e=N:(e=k,M=void 0);let d=e===k&&L[t+1].startsWith("/>")?" ":"";r+=e===N?i+j2:A>=0?(V.push(a),i.slice(0,A)+v1+i.slice(A)+s+d):i+s+(A===-2?t:d)}return[A2(L,r+(L[C]||"<?>")+(H===2?"</svg>":H===3?"</math>":"")),V]},I=class L{constructor({strings:H,_$litType$:C},V){let M;this.parts=[];let r=0,e=0,t=H.length-1,i=this.parts,[a,o]=o2(H,C);if(this.el=L.createElement(a,V),b.currentNode=this.el.content,C===2||C===3){let A=this.el.content.firstChild;A.replaceWith(...A.childNodes)}for(;(M=b.nextNode())!==null&&i.length<t;){if(M.nodeType===1){if(M.hasAttributes())for(let A of M.getAttributeNames())if(A.endsWith(v1)){let m=o[e++],d=M.getAttribute(A).split(s),x=/([.?@])?(.*)/.exec(m);i.push({type:1,index:r,name:x[2],strings:d,ctor:x[1]==="."?Y:x[1]==="?"?J:x[1]==="@"?C1:y}),M.removeAttribute(A)}else A.startsWith(s)&&(i.push({type:6,index:r}),M.removeAttribute(A));if(t2.test(M.tagName)){let A=M.textContent.split(s),m=A.length-1;if(m>0){M.textContent=j?j.emptyScript:"";for(let d=0;d<m;d++)M.append(A[d],W()),b.nextNode(),i.push({type:2,index:++r});M.append(A[m],W())}}}else if(M.nodeType===8)if(M.data===x1)i.push({type:2,index:r});else{let A=-1;for(;(A=M.data.indexOf(s,A+1))!==-1;)i.push({type:7,index:r}),A+=s.length-1}r++}}static createElement(H,C){let V=w.createElement("template");return V.innerHTML=H,V}};function B(L,H,C=L,V){if(H===c)return H;let M=V!==void 0?C._$Co?.[V]:C._$Cl,r=$(H)?void 0:H._$litDirective$;return M?.constructor!==r&&(M?._$AO?.(!1),r===void 0?M=void 0:(M=new r(L),M._$AT(L,C,V)),V!==void 0?(C._$Co??=[])[V]=M:C._$Cl=M),M!==void 0&&(H=B(L,M._$AS(L,H.values),M,V)),H}var X=class{constructor(H,C){this._$AV=[],this._$AN=void 0,this._$AD=H,this._$AM=C}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(H){let{el:{content:C},parts:V}=this._$AD,M=(H?.creationScope??w).importNode(C,!0);b.currentNode=M;let r=b.nextNode(),e=0,t=0,i=V[0];for(;i!==void 0;){if(e===i.index){let a;i.type===2?a=new T(r,r.nextSibling,this,H):i.type===1?a=new i.ctor(r,i.name,i.strings,this,H):i.type===6&&(a=new H1(r,this,H)),this._$AV.push(a),i=V[++t]}e!==i?.index&&(r=b.nextNode(),e++)}return b.currentNode=w,M}p(H){let C=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(H,V,C),C+=V.strings.length-2):V._$AI(H[C])),C++}},T=class L{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(H,C,V,M){this.type=2,this._$AH=n,this._$AN=void 0,this._$AA=H,this._$AB=C,this._$AM=V,this.options=M,this._$Cv=M?.isConnected??!0}get parentNode(){let H=this._$AA.parentNode,C=this._$AM;return C!==void 0&&H?.nodeType===11&&(H=C.parentNode),H}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(H,C=this){H=B(this,H,C),$(H)?H===n||H==null||H===""?(this._$AH!==n&&this._$AR(),this._$AH=n):H!==this._$AH&&H!==c&&this._(H):H._$litType$!==void 0?this.$(H):H.nodeType!==void 0?this.T(H):e2(H)?this.k(H):this._(H)}O(H){return this._$AA.parentNode.insertBefore(H,this._$AB)}T(H){this._$AH!==H&&(this._$AR(),this._$AH=this.O(H))}_(H){this._$AH!==n&&$(this._$AH)?this._$AA.nextSibling.data=H:this.T(w.createTextNode(H)),this._$AH=H}$(H){let{values:C,_$litType$:V}=H,M=typeof V=="number"?this._$AC(H):(V.el===void 0&&(V.el=I.createElement(A2(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===M)this._$AH.p(C);else{let r=new X(M,this),e=r.u(this.options);r.p(C),this.T(e),this._$AH=r}}_$AC(H){let C=r2.get(H.strings);return C===void 0&&r2.set(H.strings,C=new I(H)),C}k(H){l1(this._$AH)||(this._$AH=[],this._$AR());let C=this._$AH,V,M=0;for(let r of H)M===C.length?C.push(V=new L(this.O(W()),this.O(W()),this,this.options)):V=C[M],V._$AI(r),M++;M<C.length&&(this._$AR(V&&V._$AB.nextSibling,M),C.length=M)}_$AR(H=this._$AA.nextSibling,C){for(this._$AP?.(!1,!0,C);H!==this._$AB;){let V=J1(H).nextSibling;J1(H).remove(),H=V}}setConnected(H){this._$AM===void 0&&(this._$Cv=H,this._$AP?.(H))}},y=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(H,C,V,M,r){this.type=1,this._$AH=n,this._$AN=void 0,this.element=H,this.name=C,this._$AM=M,this.options=r,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=n}_$AI(H,C=this,V,M){let r=this.strings,e=!1;if(r===void 0)H=B(this,H,C,0),e=!$(H)||H!==this._$AH&&H!==c,e&&(this._$AH=H);else{let t=H,i,a;for(H=r[0],i=0;i<r.length-1;i++)a=B(this,t[V+i],C,i),a===c&&(a=this._$AH[i]),e||=!$(a)||a!==this._$AH[i],a===n?H=n:H!==n&&(H+=(a??"")+r[i+1]),this._$AH[i]=a}e&&!M&&this.j(H)}j(H){H===n?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,H??"")}},Y=class extends y{constructor(){super(...arguments),this.type=3}j(H){this.element[this.name]=H===n?void 0:H}},J=class extends y{constructor(){super(...arguments),this.type=4}j(H){this.element.toggleAttribute(this.name,!!H&&H!==n)}},C1=class extends y{constructor(H,C,V,M,r){super(H,C,V,M,r),this.type=5}_$AI(H,C=this){if((H=B(this,H,C,0)??n)===c)return;let V=this._$AH,M=H===n&&V!==n||H.capture!==V.capture||H.once!==V.once||H.passive!==V.passive,r=H!==n&&(V===n||M);M&&this.element.removeEventListener(this.name,this,V),r&&this.element.addEventListener(this.name,this,H),this._$AH=H}handleEvent(H){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,H):this._$AH.handleEvent(H)}},H1=class{constructor(H,C,V){this.element=H,this.type=6,this._$AN=void 0,this._$AM=C,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(H){B(this,H)}},a2={M:v1,P:s,A:x1,C:1,L:o2,R:X,D:e2,V:B,I:T,H:y,N:J,U:C1,B:Y,F:H1},X2=n1.litHtmlPolyfillSupport;X2?.(I,T),(n1.litHtmlVersions??=[]).push("3.3.3");var d2=(L,H,C)=>{let V=C?.renderBefore??H,M=V._$litPart$;if(M===void 0){let r=C?.renderBefore??null;V._$litPart$=M=new T(H.insertBefore(W(),r),r,void 0,C??{})}return M._$AI(L),M};var S1=globalThis,g=class extends u{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let H=super.createRenderRoot();return this.renderOptions.renderBefore??=H.firstChild,H}update(H){let C=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(H),this._$Do=d2(C,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return c}};g._$litElement$=!0,g.finalized=!0,S1.litElementHydrateSupport?.({LitElement:g});var Y2=S1.litElementPolyfillSupport;Y2?.({LitElement:g});(S1.litElementVersions??=[]).push("4.2.2");var J2={attribute:!0,type:String,converter:_,reflect:!1,hasChanged:q},C5=(L=J2,H,C)=>{let{kind:V,metadata:M}=C,r=globalThis.litPropertyMetadata.get(M);if(r===void 0&&globalThis.litPropertyMetadata.set(M,r=new Map),V==="setter"&&((L=Object.create(L)).wrapped=!0),r.set(C.name,L),V==="accessor"){let{name:e}=C;return{set(t){let i=H.get.call(this);H.set.call(this,t),this.requestUpdate(e,i,L,!0,t)},init(t){return t!==void 0&&this.C(e,void 0,L,t),t}}}if(V==="setter"){let{name:e}=C;return function(t){let i=this[e];H.call(this,t),this.requestUpdate(e,i,L,!0,t)}}throw Error("Unsupported decorator location: "+V)};function p2(L){return(H,C)=>typeof C=="object"?C5(L,H,C):((V,M,r)=>{let e=M.hasOwnProperty(r);return M.constructor.createProperty(r,V),e?Object.getOwnPropertyDescriptor(M,r):void 0})(L,H,C)}function Z(L){return p2({...L,state:!0,attribute:!1})}var m2={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},n2=L=>(...H)=>({_$litDirective$:L,values:H}),L1=class{constructor(H){}get _$AU(){return this._$AM._$AU}_$AT(H,C,V){this._$Ct=H,this._$AM=C,this._$Ci=V}_$AS(H,C){return this.update(H,C)}update(H,C){return this.render(...C)}};var{I:H5}=a2,v2=L=>L;var x2=()=>document.createComment(""),F=(L,H,C)=>{let V=L._$AA.parentNode,M=H===void 0?L._$AB:H._$AA;if(C===void 0){let r=V.insertBefore(x2(),M),e=V.insertBefore(x2(),M);C=new H5(r,e,L,L.options)}else{let r=C._$AB.nextSibling,e=C._$AM,t=e!==L;if(t){let i;C._$AQ?.(L),C._$AM=L,C._$AP!==void 0&&(i=L._$AU)!==e._$AU&&C._$AP(i)}if(r!==M||t){let i=C._$AA;for(;i!==r;){let a=v2(i).nextSibling;v2(V).insertBefore(i,M),i=a}}}return C},f=(L,H,C=L)=>(L._$AI(H,C),L),V5={},l2=(L,H=V5)=>L._$AH=H,Z2=L=>L._$AH,M1=L=>{L._$AR(),L._$AA.remove()};var S2=(L,H,C)=>{let V=new Map;for(let M=H;M<=C;M++)V.set(L[M],M);return V},u1=n2(class extends L1{constructor(L){if(super(L),L.type!==m2.CHILD)throw Error("repeat() can only be used in text expressions")}dt(L,H,C){let V;C===void 0?C=H:H!==void 0&&(V=H);let M=[],r=[],e=0;for(let t of L)M[e]=V?V(t,e):e,r[e]=C(t,e),e++;return{values:r,keys:M}}render(L,H,C){return this.dt(L,H,C).values}update(L,[H,C,V]){let M=Z2(L),{values:r,keys:e}=this.dt(H,C,V);if(!Array.isArray(M))return this.ut=e,r;let t=this.ut??=[],i=[],a,o,A=0,m=M.length-1,d=0,x=r.length-1;for(;A<=m&&d<=x;)if(M[A]===null)A++;else if(M[m]===null)m--;else if(t[A]===e[d])i[d]=f(M[A],r[d]),A++,d++;else if(t[m]===e[x])i[x]=f(M[m],r[x]),m--,x--;else if(t[A]===e[x])i[x]=f(M[A],r[x]),F(L,i[x+1],M[A]),A++,x--;else if(t[m]===e[d])i[d]=f(M[m],r[d]),F(L,M[A],M[m]),m--,d++;else if(a===void 0&&(a=S2(e,d,x),o=S2(t,A,m)),a.has(t[A]))if(a.has(t[m])){let S=o.get(e[d]),O=S!==void 0?M[S]:null;if(O===null){let b1=F(L,M[A]);f(b1,r[d]),i[d]=b1}else i[d]=f(O,r[d]),F(L,M[A],O),M[S]=null;d++}else M1(M[m]),m--;else M1(M[A]),A++;for(;d<=x;){let S=F(L,i[x+1]);f(S,r[d]),i[d++]=S}for(;A<=m;){let S=M[A++];S!==null&&M1(S)}return this.ut=e,l2(L,i),c}});var P="nuisance_calls";function u2(L,H){let C={type:`${P}/callers`,sort:H.sort,descending:H.descending,limit:H.limit};for(let V of["verdict","line","search","offset"])H[V]&&(C[V]=H[V]);return L.sendMessagePromise(C)}function s2(L,H){return L.sendMessagePromise({type:`${P}/labels`,limit:H})}function c2(L,H){return L.subscribeMessage(H,{type:`${P}/subscribe`})}function h2(L,H,{tag:C,label:V}={}){return L.callService(P,"flag_number",{number:H,...C?{tag:C}:{},...V?{label:V}:{}})}function O2(L,H){return L.callService(P,"allow_number",{number:H})}function g2(L,H){return L.callService(P,"unflag_number",{number:H})}function f2(L,H){return L.callService(P,"reset_caller",{number:H})}function s1(L){return L&&typeof L=="object"&&"message"in L?String(L.message):String(L)}var k2=L=>L?.code==="unknown_command";var L5=[["second",60],["minute",60],["hour",24],["day",7],["week",4.345],["month",12],["year",Number.POSITIVE_INFINITY]];function c1(L,H,C=Date.now()){let V=Date.parse(L);if(Number.isNaN(V))return L;let M=Math.min(V-C,0)/1e3,r=new Intl.RelativeTimeFormat(H,{numeric:"auto"});if(Math.abs(M)<45)return r.format(0,"second");for(let[e,t]of L5){if(Math.abs(M)<t)return r.format(Math.round(M),e);M/=t}return r.format(Math.round(M),"year")}function b2(L,H,C){let V=new Date(L);if(Number.isNaN(V.getTime()))return L;try{return new Intl.DateTimeFormat(H,{dateStyle:"medium",timeStyle:"short",timeZone:C}).format(V)}catch{return new Intl.DateTimeFormat(H,{dateStyle:"medium",timeStyle:"short"}).format(V)}}function w2(L,H){let[C,V,M]=L.split("-").map(Number);return!C||!V||!M?L:new Intl.DateTimeFormat(H,{day:"numeric",month:"short"}).format(new Date(C,V-1,M))}var h1={title:"Nuisance calls",description:"Every caller with their tally: flag, allow or reset with one tap.","tab.nuisance":"Nuisance","tab.unknown":"Unknown","tab.allowed":"Allowed","tab.all":"All","tab.labels":"Companies",search:"Search number or name","search.clear":"Clear search","sort.by":"Sort by","sort.count":"Most calls","sort.last_seen":"Latest call","sort.label":"Name","sort.number":"Number","sort.ascending":"Ascending","sort.descending":"Descending","line.all":"All lines","calls.one":"{n} call","calls.other":"{n} calls",answered:"{n} answered",missed:"{n} missed",never:"never","action.flag":"Flag","action.allow":"Allow","action.unflag":"Remove from my list","action.reset":"Reset tally","action.reset_confirm":"Reset?","flag.as":"Flag as","flag.label":"Name or company (optional)",cancel:"Cancel","empty.callers":"No callers yet.","empty.search":"No caller matches “{search}”.","empty.labels":"No caller has a name or company yet.","show.more":"Show more",showing:"{shown} of {total}","error.load":"Could not load the callers: {message}","error.not_set_up":"The Nuisance Calls integration is not set up or not loaded yet.","error.action":"{action} failed: {message}","verdict.nuisance":"Nuisance","verdict.unknown":"Unknown","verdict.allowed":"Allowed",anonymous:"Withheld number","numbers.one":"{n} number","numbers.other":"{n} numbers","labels.since":"since {date}","labels.total":"{n} in total","labels.show":"Show these callers",score:"score {score}","last.call":"Last call","on.list.flag":"Flagged by you","on.list.allow":"Allowed by you","tag.nuisance":"nuisance","tag.telemarketing":"telemarketing","tag.scam":"scam","tag.robocall":"robocall","tag.charity":"charity","tag.survey":"survey","tag.repeat":"repeat","tag.withheld":"withheld","tag.abroad":"abroad","editor.title":"Title","editor.filter":"Show","editor.sort":"Sort by","editor.max_rows":"Rows per page","editor.line":"Line","editor.line.helper":"Only callers on this line; empty for all lines."},M5={title:"Störanrufe",description:"Jeder Anrufer mit seiner Zählung: mit einem Tipp markieren, erlauben oder zurücksetzen.","tab.nuisance":"Störer","tab.unknown":"Unbekannt","tab.allowed":"Erlaubt","tab.all":"Alle","tab.labels":"Firmen",search:"Nummer oder Name suchen","search.clear":"Suche leeren","sort.by":"Sortieren nach","sort.count":"Meiste Anrufe","sort.last_seen":"Letzter Anruf","sort.label":"Name","sort.number":"Nummer","sort.ascending":"Aufsteigend","sort.descending":"Absteigend","line.all":"Alle Leitungen","calls.one":"{n} Anruf","calls.other":"{n} Anrufe",answered:"{n} angenommen",missed:"{n} verpasst",never:"nie","action.flag":"Als Störer markieren","action.allow":"Erlauben","action.unflag":"Von meiner Liste nehmen","action.reset":"Zählung zurücksetzen","action.reset_confirm":"Zurücksetzen?","flag.as":"Markieren als","flag.label":"Name oder Firma (optional)",cancel:"Abbrechen","empty.callers":"Noch keine Anrufer.","empty.search":"Kein Anrufer passt zu „{search}“.","empty.labels":"Noch kein Anrufer hat einen Namen oder eine Firma.","show.more":"Mehr anzeigen",showing:"{shown} von {total}","error.load":"Anrufer konnten nicht geladen werden: {message}","error.not_set_up":"Die Integration Nuisance Calls ist nicht eingerichtet oder noch nicht geladen.","error.action":"{action} fehlgeschlagen: {message}","verdict.nuisance":"Störer","verdict.unknown":"Unbekannt","verdict.allowed":"Erlaubt",anonymous:"Unterdrückte Nummer","numbers.one":"{n} Nummer","numbers.other":"{n} Nummern","labels.since":"seit {date}","labels.total":"{n} insgesamt","labels.show":"Diese Anrufer zeigen",score:"Score {score}","last.call":"Letzter Anruf","on.list.flag":"Von dir markiert","on.list.allow":"Von dir erlaubt","tag.nuisance":"Störer","tag.telemarketing":"Telefonwerbung","tag.scam":"Betrug","tag.robocall":"Bandansage","tag.charity":"Spenden","tag.survey":"Umfrage","tag.repeat":"wiederholt","tag.withheld":"unterdrückt","tag.abroad":"Ausland","editor.title":"Titel","editor.filter":"Anzeigen","editor.sort":"Sortieren nach","editor.max_rows":"Zeilen pro Seite","editor.line":"Leitung","editor.line.helper":"Nur Anrufer auf dieser Leitung; leer für alle Leitungen."},r5={title:"Chiamate moleste",description:"Ogni chiamante con il suo conteggio: segnala, consenti o azzera con un tocco.","tab.nuisance":"Moleste","tab.unknown":"Sconosciute","tab.allowed":"Consentite","tab.all":"Tutte","tab.labels":"Aziende",search:"Cerca numero o nome","search.clear":"Cancella ricerca","sort.by":"Ordina per","sort.count":"Più chiamate","sort.last_seen":"Ultima chiamata","sort.label":"Nome","sort.number":"Numero","sort.ascending":"Crescente","sort.descending":"Decrescente","line.all":"Tutte le linee","calls.one":"{n} chiamata","calls.other":"{n} chiamate",answered:"{n} risposte",missed:"{n} perse",never:"mai","action.flag":"Segnala","action.allow":"Consenti","action.unflag":"Rimuovi dal mio elenco","action.reset":"Azzera conteggio","action.reset_confirm":"Azzerare?","flag.as":"Segnala come","flag.label":"Nome o azienda (facoltativo)",cancel:"Annulla","empty.callers":"Ancora nessun chiamante.","empty.search":"Nessun chiamante corrisponde a «{search}».","empty.labels":"Nessun chiamante ha ancora un nome o un'azienda.","show.more":"Mostra altri",showing:"{shown} di {total}","error.load":"Impossibile caricare i chiamanti: {message}","error.not_set_up":"L'integrazione Nuisance Calls non è configurata o non è ancora caricata.","error.action":"{action} non riuscito: {message}","verdict.nuisance":"Molesto","verdict.unknown":"Sconosciuto","verdict.allowed":"Consentito",anonymous:"Numero anonimo","numbers.one":"{n} numero","numbers.other":"{n} numeri","labels.since":"dal {date}","labels.total":"{n} in totale","labels.show":"Mostra questi chiamanti",score:"punteggio {score}","last.call":"Ultima chiamata","on.list.flag":"Segnalato da te","on.list.allow":"Consentito da te","tag.nuisance":"molesto","tag.telemarketing":"telemarketing","tag.scam":"truffa","tag.robocall":"chiamata automatica","tag.charity":"beneficenza","tag.survey":"sondaggio","tag.repeat":"ripetuto","tag.withheld":"anonimo","tag.abroad":"estero","editor.title":"Titolo","editor.filter":"Mostra","editor.sort":"Ordina per","editor.max_rows":"Righe per pagina","editor.line":"Linea","editor.line.helper":"Solo i chiamanti su questa linea; vuoto per tutte le linee."},B2={en:h1,de:M5,it:r5};function e5(L){let H=(L??"en").toLowerCase().split(/[-_]/)[0];return H in B2?H:"en"}function r1(){return document.documentElement.lang||navigator.language||"en"}function U(L){let H=B2[e5(L)];return(C,V)=>{let M=H[C]??h1[C]??C;if(V)for(let[r,e]of Object.entries(V))M=M.split(`{${r}}`).join(String(e));return M}}function O1(L,H,C,V){let M=new Intl.PluralRules(H).select(V)==="one"?"one":"other";return L(`${C}.${M}`,{n:V.toLocaleString(H)})}var y2=["nuisance","telemarketing","scam","robocall","charity","survey"];function g1(L,H){let C=`tag.${H}`;return C in h1?L(C):H}function k1(L){return L==="count"||L==="last_seen"}var f1=L=>L.replace(/\D/g,"");function t5(L,H){let C=(H??"").trim().toLowerCase();if(!C||(L.label??"").toLowerCase().includes(C)||L.formatted_number.toLowerCase().includes(C)||L.number.toLowerCase().includes(C))return!0;let V=f1(C);return V.length>0&&(f1(L.number).includes(V)||f1(L.formatted_number).includes(V))}function i5(L,H){return H.verdict&&L.verdict!==H.verdict||H.line&&!L.lines.includes(H.line)?!1:t5(L,H.search)}var e1=L=>L&&Date.parse(L)||0,P2=L=>L.label?.toLowerCase()||"￿",t1=(L,H)=>L<H?-1:L>H?1:0;function A5(L,H,C){switch(C){case"count":return L.count-H.count||e1(L.last_seen)-e1(H.last_seen);case"last_seen":return e1(L.last_seen)-e1(H.last_seen)||L.count-H.count;case"label":return t1(P2(L),P2(H))||t1(L.number,H.number);case"number":return t1(L.number,H.number)}return 0}function o5(L,H,C){let V=C?-1:1;return[...L].sort((M,r)=>V*A5(M,r,H)||t1(M.number,r.number))}function T2(L,H,C,V,M){let r=new Map(L.map(o=>[o.number,o])),e=[],t=L.length>=H,i=!0;for(let o of C.callers??[]){let A=r.has(o.number);i5(o,V)?(r.set(o.number,o),e.push(o.number),A||(H+=1,i&&=t)):A&&(r.delete(o.number),H-=1,i&&=t)}for(let o of C.removed??[])r.delete(o)&&(H-=1,i&&=t);let a=o5([...r.values()],V.sort,V.descending);return{rows:a.slice(0,M),total:Math.max(H,a.length),touched:e,exact:i}}var F2=d1`
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
`;var R="nuisance-calls-card",A1=["nuisance","unknown","allowed","all","labels"],o1=["count","last_seen","label","number"],i1=10,Q=500,R2="anonymous",a5=250,D2=1e3,d5=1600,p5=4e3,m5=3e4,_2,n5=()=>_2??r1(),h=L=>i2`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${L}></path></svg>`,v5={nuisance:N1,allowed:W1,unknown:U1};function E2(L){if(!L||typeof L!="object")throw new Error("Invalid configuration");if(L.filter!==void 0&&!A1.includes(L.filter))throw new Error(`filter must be one of ${A1.join(", ")}`);if(L.sort!==void 0&&!o1.includes(L.sort))throw new Error(`sort must be one of ${o1.join(", ")}`);if(L.max_rows!==void 0&&(!Number.isInteger(L.max_rows)||L.max_rows<1||L.max_rows>Q))throw new Error(`max_rows must be a whole number from 1 to ${Q}`);if(L.line!==void 0&&typeof L.line!="string")throw new Error("line must be a config entry id");return L}var v=class extends g{constructor(){super(...arguments);this._language="en";this._tab="all";this._sort="count";this._descending=!0;this._search="";this._limit=i1;this._callers=[];this._total=0;this._lines=[];this._labels=[];this._loaded=!1;this._busy=new Set;this._flash=new Set;this._now=Date.now();this._request=0;this._timers=new Map;this._onReconnected=()=>{this._refresh()}}static getStubConfig(){return{type:`custom:${R}`,filter:"all",sort:"count",max_rows:5}}static getConfigForm(){let C=U(n5()),V=(M,r)=>M.map(e=>({value:e,label:C(`${r}.${e}`)}));return{schema:[{name:"title",selector:{text:{}}},{type:"grid",name:"",schema:[{name:"filter",selector:{select:{mode:"dropdown",options:V(A1,"tab")}}},{name:"sort",selector:{select:{mode:"dropdown",options:V(o1,"sort")}}}]},{name:"max_rows",selector:{number:{min:1,max:100,step:1,mode:"box"}}},{name:"line",selector:{config_entry:{integration:"nuisance_calls"}}}],computeLabel:M=>M.name?C(`editor.${M.name}`):void 0,computeHelper:M=>M.name==="line"?C("editor.line.helper"):void 0,assertConfig:M=>{E2(M)}}}setConfig(C){E2(C);let V=this._config;this._config=C,(V?.filter!==C.filter||V?.sort!==C.sort||V?.line!==C.line||V?.max_rows!==C.max_rows)&&(this._tab=C.filter??"all",this._sort=C.sort??"count",this._descending=k1(this._sort),this._line=C.line||void 0,this._limit=C.max_rows??i1,this._connection&&this._refresh())}getCardSize(){return 2+Math.max(1,this._tab==="labels"?this._labels.length:Math.min(this._callers.length,this._limit))}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}set hass(C){this._hass=C;let V=C.locale?.language??C.language??"en";_2=V,V!==this._language&&(this._language=V),C.connection!==this._connection&&(this._disconnect(),this._connect())}get hass(){return this._hass}connectedCallback(){super.connectedCallback(),this._connect()}disconnectedCallback(){super.disconnectedCallback(),this._disconnect()}_connect(){if(!this._hass||!this.isConnected||this._connection)return;let C=this._hass.connection;this._connection=C,this._unsubscribe=c2(C,V=>this._onChange(V)).catch(V=>{this._showLoadError(V)}),C.addEventListener("ready",this._onReconnected),this._tick=window.setInterval(()=>{this._now=Date.now()},m5),this._refresh()}_disconnect(){let C=this._unsubscribe;this._unsubscribe=void 0,C?.then(V=>V?.()).catch(()=>{}),this._connection?.removeEventListener("ready",this._onReconnected),this._connection=void 0,window.clearInterval(this._tick);for(let V of this._timers.values())window.clearTimeout(V);this._timers.clear()}_later(C,V,M){window.clearTimeout(this._timers.get(C)),this._timers.set(C,window.setTimeout(()=>{this._timers.delete(C),M()},V))}get _query(){return{sort:this._sort,descending:this._descending,verdict:this._tab==="all"||this._tab==="labels"?void 0:this._tab,line:this._line,search:this._search.trim()||void 0}}async _refresh(){let C=this._connection;if(!C||!this._config)return;let V=++this._request;try{let M=Math.min(this._limit,Q);if(this._tab==="labels"){let r=await s2(C,M);if(V!==this._request)return;this._labels=r.labels,this._since=r.since}else{let r=await u2(C,{...this._query,limit:M});if(V!==this._request)return;this._callers=r.callers,this._total=r.total,this._lines=r.lines??[]}this._loaded=!0,this._error=void 0}catch(M){V===this._request&&this._showLoadError(M)}}_showLoadError(C){let V=this._localize;this._error=k2(C)?V("error.not_set_up"):V("error.load",{message:s1(C)}),this._loaded=!0}_onChange(C){if(C.reset||this._tab==="labels"){this._later("refresh",C.reset?0:D2,()=>{this._refresh()});return}let V=T2(this._callers,this._total,C,this._query,this._limit);this._callers=V.rows,this._total=V.total,V.touched.length&&(this._flash=new Set([...this._flash,...V.touched]),this._later("flash",d5,()=>{this._flash=new Set})),V.exact||this._later("refresh",D2,()=>{this._refresh()})}async _act(C,V,M){if(this._hass){this._busy=new Set([...this._busy,C.number]);try{await M(this._hass,C.number)}catch(r){let e=this._localize("error.action",{action:this._localize(V),message:s1(r)});this.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:e},bubbles:!0,composed:!0}))}finally{let r=new Set(this._busy);r.delete(C.number),this._busy=r}}}_flagWith(C,V){let r=this.renderRoot.querySelector(".panel input")?.value.trim()??"";this._flagging=void 0,this._act(C,"action.flag",(e,t)=>h2(e,t,{tag:V,label:r}))}_askReset(C){this._confirmReset=C.number,this._later("confirm",p5,()=>{this._confirmReset=void 0})}_reset(C){this._confirmReset=void 0,this._act(C,"action.reset",f2)}_selectTab(C){C!==this._tab&&(this._tab=C,this._limit=this._config?.max_rows??i1,this._flagging=void 0,this._refresh())}_onSearch(C){this._search=C.target.value,this._later("search",a5,()=>{this._refresh()})}_clearSearch(){this._search="",this._refresh()}_onSort(C){this._sort=C.target.value,this._descending=k1(this._sort),this._refresh()}_toggleDirection(){this._descending=!this._descending,this._refresh()}_onLine(C){this._line=C.target.value||void 0,this._refresh()}_showMore(){this._limit=Math.min(this._limit+(this._config?.max_rows??i1),Q),this._refresh()}_showLabel(C){this._search=C.label,this._selectTab("all")}get _localize(){return U(this._language)}shouldUpdate(C){return this._config!==void 0||C.has("_config")}render(){let C=this._localize,M=this._config.title??C("title");return p`
      <ha-card .header=${M||void 0}>
        <div class="tabs" role="tablist">
          ${A1.map(r=>p`
              <button
                class="tab"
                role="tab"
                aria-selected=${r===this._tab?"true":"false"}
                @click=${()=>this._selectTab(r)}
              >
                ${C(`tab.${r}`)}
              </button>
            `)}
        </div>
        ${this._renderToolbar(C)}
        <div class="content">
          ${this._error?p`<div class="message error" role="alert">${this._error}</div>`:this._tab==="labels"?this._renderLabels(C):this._renderCallers(C)}
        </div>
        ${this._renderFooter(C)}
      </ha-card>
    `}_renderToolbar(C){let V=this._lines.length>1&&!this._config?.line;return p`
      <div class="toolbar">
        <label class="search">
          ${h(_1)}
          <input
            type="search"
            .value=${this._search}
            placeholder=${C("search")}
            aria-label=${C("search")}
            @input=${this._onSearch}
          />
          ${this._search?p`<button
                class="icon-button"
                title=${C("search.clear")}
                aria-label=${C("search.clear")}
                @click=${this._clearSearch}
              >
                ${h(P1)}
              </button>`:n}
        </label>
        ${this._tab==="labels"?n:p`
              <div class="sort">
                <select aria-label=${C("sort.by")} @change=${this._onSort}>
                  ${o1.map(M=>p`<option value=${M} ?selected=${M===this._sort}>
                        ${C(`sort.${M}`)}
                      </option>`)}
                </select>
                <button
                  class="icon-button"
                  title=${C(this._descending?"sort.descending":"sort.ascending")}
                  aria-label=${C(this._descending?"sort.descending":"sort.ascending")}
                  @click=${this._toggleDirection}
                >
                  ${h(this._descending?z1:G1)}
                </button>
              </div>
            `}
        ${V&&this._tab!=="labels"?p`
              <select aria-label=${C("editor.line")} @change=${this._onLine}>
                <option value="" ?selected=${!this._line}>${C("line.all")}</option>
                ${this._lines.map(M=>p`<option value=${M.entry_id} ?selected=${M.entry_id===this._line}>
                      ${M.title}
                    </option>`)}
              </select>
            `:n}
      </div>
    `}_renderCallers(C){return this._loaded?this._callers.length?p`<div class="list" role="list">
      ${u1(this._callers,V=>V.number,V=>this._renderCaller(V,C))}
    </div>`:p`<div class="message">
        ${this._search.trim()?C("empty.search",{search:this._search.trim()}):C("empty.callers")}
      </div>`:p`<div class="message">…</div>`}_renderCaller(C,V){let M=this._language,r=C.number===R2,e=r?V("anonymous"):C.label||C.formatted_number,t=this._lines.find(x=>x.entry_id===C.last_line)?.title,i=C.list_entry,a=this._busy.has(C.number),o=this._flagging===C.number,A=["row",`verdict-${C.verdict}`,this._flash.has(C.number)?"flash":"",a?"busy":""].join(" "),m=V(`verdict.${C.verdict}`),d=[C.last_seen?`${V("last.call")}: ${b2(C.last_seen,M,this._hass?.config?.time_zone)}`:"",t?`${V("editor.line")}: ${t}`:""].filter(Boolean).join(`
`);return p`
      <div class=${A} role="listitem" data-number=${C.number}>
        <div class="badge" title=${m} aria-label=${m} role="img">
          ${h(r?E1:v5[C.verdict])}
        </div>
        <div class="info">
          <div class="primary" title=${e}>${e}</div>
          <div class="secondary" title=${d}>
            ${[C.label&&!r?C.formatted_number:"",C.last_seen?c1(C.last_seen,M,this._now):V("never"),t??""].filter(Boolean).join(" · ")}
          </div>
        </div>
        ${C.tags.length||C.score!==null||i?p`<div class="chips">
              ${C.tags.map(x=>p`<span class="chip">${g1(V,x)}</span>`)}
              ${C.score!==null&&C.score!==void 0?p`<span class="chip">${V("score",{score:C.score})}</span>`:n}
              ${i?p`<span class="chip mine"
                    >${V(i.action==="flag"?"on.list.flag":"on.list.allow")}</span
                  >`:n}
            </div>`:n}
        <div class="tally">
          <div class="count" title=${O1(V,M,"calls",C.count)}>
            ${C.count.toLocaleString(M)}
          </div>
          <div class="split">
            <span class="answered" title=${V("answered",{n:C.answered})}>
              ${h($1)}${C.answered.toLocaleString(M)}
            </span>
            <span
              class="missed ${C.missed?"":"none"}"
              title=${V("missed",{n:C.missed})}
            >
              ${h(I1)}${C.missed.toLocaleString(M)}
            </span>
          </div>
        </div>
        <div class="actions">${this._renderActions(C,V,a,o)}</div>
        ${o?this._renderFlagPanel(C,V):n}
      </div>
    `}_renderActions(C,V,M,r){let e=C.list_entry,t=C.number===R2,i=(m,d,x,S,O={})=>p`
      <button
        class="icon-button ${m}"
        title=${V(d)}
        aria-label=${V(d)}
        aria-pressed=${O.pressed===void 0?n:String(O.pressed)}
        aria-expanded=${O.expanded===void 0?n:String(O.expanded)}
        ?disabled=${M}
        @click=${S}
      >
        ${h(x)}
      </button>
    `,a=e?.action==="flag",o=e?.action==="allow",A=p`<span class="slot"></span>`;return p`
      ${t?p`${A}${A}${A}`:p`
            ${i("flag","action.flag",a?F1:R1,()=>{this._flagging=r?void 0:C.number},{pressed:a,expanded:r})}
            ${i("allow","action.allow",o?w1:B1,()=>{this._act(C,"action.allow",O2)},{pressed:o})}
            ${e?i("unflag","action.unflag",D1,()=>{this._act(C,"action.unflag",g2)}):A}
          `}
      ${this._confirmReset===C.number?p`<button class="confirm" ?disabled=${M} @click=${()=>this._reset(C)}>
            ${V("action.reset_confirm")}
          </button>`:i("reset","action.reset",Q1,()=>this._askReset(C))}
    `}_renderFlagPanel(C,V){let M=C.list_entry?.action==="flag"?C.list_entry.tags:[];return p`
      <div class="panel" @keydown=${r=>{r.key==="Escape"&&(this._flagging=void 0)}}>
        <div class="panel-title">${V("flag.as")}</div>
        <div class="tag-choices">
          ${y2.map(r=>p`
              <button
                class="tag-choice ${M.includes(r)?"current":""}"
                data-tag=${r}
                @click=${()=>this._flagWith(C,r)}
              >
                ${g1(V,r)}
              </button>
            `)}
        </div>
        <div class="panel-row">
          <input
            type="text"
            maxlength="200"
            .value=${C.list_entry?.label??""}
            placeholder=${V("flag.label")}
            aria-label=${V("flag.label")}
            @keydown=${r=>{r.key==="Enter"&&this._flagWith(C,M[0]??"nuisance")}}
          />
          <button class="text-button" @click=${()=>this._flagging=void 0}>
            ${V("cancel")}
          </button>
        </div>
      </div>
    `}_renderLabels(C){if(!this._loaded)return p`<div class="message">…</div>`;let V=this._search.trim().toLowerCase(),M=V?this._labels.filter(t=>t.label.toLowerCase().includes(V)):this._labels;if(!M.length)return p`<div class="message">
        ${V?C("empty.search",{search:this._search.trim()}):C("empty.labels")}
      </div>`;let r=this._language,e=this._since?w2(this._since,r):"";return p`<div class="list" role="list">
      ${u1(M,t=>t.label,t=>p`
          <button
            class="row label-row verdict-${t.verdict}"
            role="listitem"
            title=${C("labels.show")}
            @click=${()=>this._showLabel(t)}
          >
            <div class="badge">${h(T1)}</div>
            <div class="info">
              <div class="primary">${t.label}</div>
              <div class="secondary">
                ${[O1(C,r,"numbers",t.callers),C("labels.total",{n:t.count.toLocaleString(r)}),t.last_seen?c1(t.last_seen,r,this._now):""].filter(Boolean).join(" · ")}
              </div>
            </div>
            <div class="tally">
              <div class="count">${t.calls_since.toLocaleString(r)}</div>
              <div class="split">
                ${C("labels.since",{date:e})}
              </div>
            </div>
            <span class="chevron">${h(y1)}</span>
          </button>
        `)}
    </div>`}_renderFooter(C){if(this._error||this._tab==="labels"||this._callers.length===0)return n;let V=this._total>this._callers.length&&this._limit<Q;return p`
      <div class="footer">
        <span
          >${C("showing",{shown:this._callers.length.toLocaleString(this._language),total:this._total.toLocaleString(this._language)})}</span
        >
        ${V?p`<button class="text-button" @click=${this._showMore}>
              ${C("show.more")}
            </button>`:n}
      </div>
    `}updated(C){super.updated(C),C.has("_flagging")&&this._flagging&&this.renderRoot.querySelector(".panel .tag-choice")?.focus()}};v.styles=F2,l([Z()],v.prototype,"_config",2),l([Z()],v.prototype,"_language",2),l([Z()],v.prototype,"_tab",2),l([Z()],v.prototype,"_sort",2),l([Z()],v.prototype,"_descending",2),l([Z()],v.prototype,"_line",2),l([Z()],v.prototype,"_search",2),l([Z()],v.prototype,"_limit",2),l([Z()],v.prototype,"_callers",2),l([Z()],v.prototype,"_total",2),l([Z()],v.prototype,"_lines",2),l([Z()],v.prototype,"_labels",2),l([Z()],v.prototype,"_since",2),l([Z()],v.prototype,"_loaded",2),l([Z()],v.prototype,"_error",2),l([Z()],v.prototype,"_busy",2),l([Z()],v.prototype,"_flash",2),l([Z()],v.prototype,"_flagging",2),l([Z()],v.prototype,"_confirmReset",2),l([Z()],v.prototype,"_now",2);if(!customElements.get(R)){customElements.define(R,v);let L=new URL(import.meta.url).searchParams.get("v")??"dev";console.info(`nuisance-calls-card ${L}`)}window.customCards=window.customCards??[];if(!window.customCards.some(L=>L.type===R)){let L=U(r1());window.customCards.push({type:R,name:L("title"),description:L("description"),preview:!0,documentationURL:"https://github.com/nuisance-calls/nuisance_calls#the-card"})}
