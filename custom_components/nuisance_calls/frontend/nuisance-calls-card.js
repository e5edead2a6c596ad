/*! nuisance-calls-card, built from frontend/ (npm ci && npm run build); do not edit. Lit: BSD-3-Clause; MDI icons: Apache-2.0. */
var p5=Object.defineProperty;var m5=Object.getOwnPropertyDescriptor;var l=(V,C,H,L)=>{for(var M=L>1?void 0:L?m5(C,H):C,r=V.length-1,e;r>=0;r--)(e=V[r])&&(M=(L?e(C,H,M):e(M))||M);return L&&M&&p5(C,H,M),M};var H1=globalThis,V1=H1.ShadowRoot&&(H1.ShadyCSS===void 0||H1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,w1=Symbol(),Q1=new WeakMap,z=class{constructor(C,H,L){if(this._$cssResult$=!0,L!==w1)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=C,this.t=H}get styleSheet(){let C=this.o,H=this.t;if(V1&&C===void 0){let L=H!==void 0&&H.length===1;L&&(C=Q1.get(H)),C===void 0&&((this.o=C=new CSSStyleSheet).replaceSync(this.cssText),L&&Q1.set(H,C))}return C}toString(){return this.cssText}},z1=V=>new z(typeof V=="string"?V:V+"",void 0,w1),S=(V,...C)=>{let H=V.length===1?V[0]:C.reduce((L,M,r)=>L+(e=>{if(e._$cssResult$===!0)return e.cssText;if(typeof e=="number")return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(M)+V[r+1],V[0]);return new z(H,V,w1)},G1=(V,C)=>{if(V1)V.adoptedStyleSheets=C.map(H=>H instanceof CSSStyleSheet?H:H.styleSheet);else for(let H of C){let L=document.createElement("style"),M=H1.litNonce;M!==void 0&&L.setAttribute("nonce",M),L.textContent=H.cssText,V.appendChild(L)}},y1=V1?V=>V:V=>V instanceof CSSStyleSheet?(C=>{let H="";for(let L of C.cssRules)H+=L.cssText;return z1(H)})(V):V;var{is:n5,defineProperty:l5,getOwnPropertyDescriptor:v5,getOwnPropertyNames:x5,getOwnPropertySymbols:Z5,getPrototypeOf:s5}=Object,L1=globalThis,K1=L1.trustedTypes,S5=K1?K1.emptyScript:"",u5=L1.reactiveElementPolyfillSupport,G=(V,C)=>V,K={toAttribute(V,C){switch(C){case Boolean:V=V?S5:null;break;case Object:case Array:V=V==null?V:JSON.stringify(V)}return V},fromAttribute(V,C){let H=V;switch(C){case Boolean:H=V!==null;break;case Number:H=V===null?null:Number(V);break;case Object:case Array:try{H=JSON.parse(V)}catch{H=null}}return H}},M1=(V,C)=>!n5(V,C),q1={attribute:!0,type:String,converter:K,reflect:!1,useDefault:!1,hasChanged:M1};Symbol.metadata??=Symbol("metadata"),L1.litPropertyMetadata??=new WeakMap;var b=class extends HTMLElement{static addInitializer(C){this._$Ei(),(this.l??=[]).push(C)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(C,H=q1){if(H.state&&(H.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(C)&&((H=Object.create(H)).wrapped=!0),this.elementProperties.set(C,H),!H.noAccessor){let L=Symbol(),M=this.getPropertyDescriptor(C,L,H);M!==void 0&&l5(this.prototype,C,M)}}static getPropertyDescriptor(C,H,L){let{get:M,set:r}=v5(this.prototype,C)??{get(){return this[H]},set(e){this[H]=e}};return{get:M,set(e){let i=M?.call(this);r?.call(this,e),this.requestUpdate(C,i,L)},configurable:!0,enumerable:!0}}static getPropertyOptions(C){return this.elementProperties.get(C)??q1}static _$Ei(){if(this.hasOwnProperty(G("elementProperties")))return;let C=s5(this);C.finalize(),C.l!==void 0&&(this.l=[...C.l]),this.elementProperties=new Map(C.elementProperties)}static finalize(){if(this.hasOwnProperty(G("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(G("properties"))){let H=this.properties,L=[...x5(H),...Z5(H)];for(let M of L)this.createProperty(M,H[M])}let C=this[Symbol.metadata];if(C!==null){let H=litPropertyMetadata.get(C);if(H!==void 0)for(let[L,M]of H)this.elementProperties.set(L,M)}this._$Eh=new Map;for(let[H,L]of this.elementProperties){let M=this._$Eu(H,L);M!==void 0&&this._$Eh.set(M,H)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(C){let H=[];if(Array.isArray(C)){let L=new Set(C.flat(1/0).reverse());for(let M of L)H.unshift(y1(M))}else C!==void 0&&H.push(y1(C));return H}static _$Eu(C,H){let L=H.attribute;return L===!1?void 0:typeof L=="string"?L:typeof C=="string"?C.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(C=>this.enableUpdating=C),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(C=>C(this))}addController(C){(this._$EO??=new Set).add(C),this.renderRoot!==void 0&&this.isConnected&&C.hostConnected?.()}removeController(C){this._$EO?.delete(C)}_$E_(){let C=new Map,H=this.constructor.elementProperties;for(let L of H.keys())this.hasOwnProperty(L)&&(C.set(L,this[L]),delete this[L]);C.size>0&&(this._$Ep=C)}createRenderRoot(){let C=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return G1(C,this.constructor.elementStyles),C}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(C=>C.hostConnected?.())}enableUpdating(C){}disconnectedCallback(){this._$EO?.forEach(C=>C.hostDisconnected?.())}attributeChangedCallback(C,H,L){this._$AK(C,L)}_$ET(C,H){let L=this.constructor.elementProperties.get(C),M=this.constructor._$Eu(C,L);if(M!==void 0&&L.reflect===!0){let r=(L.converter?.toAttribute!==void 0?L.converter:K).toAttribute(H,L.type);this._$Em=C,r==null?this.removeAttribute(M):this.setAttribute(M,r),this._$Em=null}}_$AK(C,H){let L=this.constructor,M=L._$Eh.get(C);if(M!==void 0&&this._$Em!==M){let r=L.getPropertyOptions(M),e=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:K;this._$Em=M;let i=e.fromAttribute(H,r.type);this[M]=i??this._$Ej?.get(M)??i,this._$Em=null}}requestUpdate(C,H,L,M=!1,r){if(C!==void 0){let e=this.constructor;if(M===!1&&(r=this[C]),L??=e.getPropertyOptions(C),!((L.hasChanged??M1)(r,H)||L.useDefault&&L.reflect&&r===this._$Ej?.get(C)&&!this.hasAttribute(e._$Eu(C,L))))return;this.C(C,H,L)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(C,H,{useDefault:L,reflect:M,wrapped:r},e){L&&!(this._$Ej??=new Map).has(C)&&(this._$Ej.set(C,e??H??this[C]),r!==!0||e!==void 0)||(this._$AL.has(C)||(this.hasUpdated||L||(H=void 0),this._$AL.set(C,H)),M===!0&&this._$Em!==C&&(this._$Eq??=new Set).add(C))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(H){Promise.reject(H)}let C=this.scheduleUpdate();return C!=null&&await C,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[M,r]of this._$Ep)this[M]=r;this._$Ep=void 0}let L=this.constructor.elementProperties;if(L.size>0)for(let[M,r]of L){let{wrapped:e}=r,i=this[M];e!==!0||this._$AL.has(M)||i===void 0||this.C(M,void 0,r,i)}}let C=!1,H=this._$AL;try{C=this.shouldUpdate(H),C?(this.willUpdate(H),this._$EO?.forEach(L=>L.hostUpdate?.()),this.update(H)):this._$EM()}catch(L){throw C=!1,this._$EM(),L}C&&this._$AE(H)}willUpdate(C){}_$AE(C){this._$EO?.forEach(H=>H.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(C)),this.updated(C)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(C){return!0}update(C){this._$Eq&&=this._$Eq.forEach(H=>this._$ET(H,this[H])),this._$EM()}updated(C){}firstUpdated(C){}};b.elementStyles=[],b.shadowRootOptions={mode:"open"},b[G("elementProperties")]=new Map,b[G("finalized")]=new Map,u5?.({ReactiveElement:b}),(L1.reactiveElementVersions??=[]).push("2.1.2");var P1=globalThis,j1=V=>V,r1=P1.trustedTypes,X1=r1?r1.createPolicy("lit-html",{createHTML:V=>V}):void 0,T1="$lit$",w=`lit$${Math.random().toFixed(9).slice(2)}$`,F1="?"+w,c5=`<${F1}>`,R=document,j=()=>R.createComment(""),X=V=>V===null||typeof V!="object"&&typeof V!="function",R1=Array.isArray,L2=V=>R1(V)||typeof V?.[Symbol.iterator]=="function",B1=`[ 	
\f\r]`,q=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Y1=/-->/g,J1=/>/g,T=RegExp(`>|${B1}(?:([^\\s"'>=/]+)(${B1}*=${B1}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),C2=/'/g,H2=/"/g,M2=/^(?:script|style|textarea|title)$/i,D1=V=>(C,...H)=>({_$litType$:V,strings:C,values:H}),a=D1(1),r2=D1(2),Y5=D1(3),y=Symbol.for("lit-noChange"),m=Symbol.for("lit-nothing"),V2=new WeakMap,F=R.createTreeWalker(R,129);function e2(V,C){if(!R1(V)||!V.hasOwnProperty("raw"))throw Error("invalid template strings array");return X1!==void 0?X1.createHTML(C):C}var t2=(V,C)=>{let H=V.length-1,L=[],M,r=C===2?"<svg>":C===3?"<math>":"",e=q;for(let i=0;i<H;i++){let t=V[i],A,d,o=-1,n=0;for(;n<t.length&&(e.lastIndex=n,d=e.exec(t),d!==null);)n=e.lastIndex,e===q?d[1]==="!--"?e=Y1:d[1]!==void 0?e=J1:d[2]!==void 0?(M2.test(d[2])&&(M=RegExp("</"+d[2],"g")),e=T):d[3]!==void 0&&(e=T):e===T?d[0]===">"?(e=M??q,o=-1):d[1]===void 0?o=-2:(o=e.lastIndex-d[2].length,A=d[1],e=d[3]===void 0?T:d[3]==='"'?H2:C2):e===H2||e===C2?e=T:e===Y1||e===J1?e=q:(e=T,M=void 0);let p=e===T&&V[i+1].startsWith("/>")?" ":"";r+=e===q?t+c5:o>=0?(L.push(A),t.slice(0,o)+T1+t.slice(o)+w+p):t+w+(o===-2?i:p)}return[e2(V,r+(V[H]||"<?>")+(C===2?"</svg>":C===3?"</math>":"")),L]},Y=class V{constructor({strings:C,_$litType$:H},L){let M;this.parts=[];let r=0,e=0,i=C.length-1,t=this.parts,[A,d]=t2(C,H);if(this.el=V.createElement(A,L),F.currentNode=this.el.content,H===2||H===3){let o=this.el.content.firstChild;o.replaceWith(...o.childNodes)}for(;(M=F.nextNode())!==null&&t.length<i;){if(M.nodeType===1){if(M.hasAttributes())for(let o of M.getAttributeNames())if(o.endsWith(T1)){let n=d[e++],p=M.getAttribute(o).split(w),v=/([.?@])?(.*)/.exec(n);t.push({type:1,index:r,name:v[2],strings:p,ctor:v[1]==="."?t1:v[1]==="?"?i1:v[1]==="@"?o1:E}),M.removeAttribute(o)}else o.startsWith(w)&&(t.push({type:6,index:r}),M.removeAttribute(o));if(M2.test(M.tagName)){let o=M.textContent.split(w),n=o.length-1;if(n>0){M.textContent=r1?r1.emptyScript:"";for(let p=0;p<n;p++)M.append(o[p],j()),F.nextNode(),t.push({type:2,index:++r});M.append(o[n],j())}}}else if(M.nodeType===8)if(M.data===F1)t.push({type:2,index:r});else{let o=-1;for(;(o=M.data.indexOf(w,o+1))!==-1;)t.push({type:7,index:r}),o+=w.length-1}r++}}static createElement(C,H){let L=R.createElement("template");return L.innerHTML=C,L}};function D(V,C,H=V,L){if(C===y)return C;let M=L!==void 0?H._$Co?.[L]:H._$Cl,r=X(C)?void 0:C._$litDirective$;return M?.constructor!==r&&(M?._$AO?.(!1),r===void 0?M=void 0:(M=new r(V),M._$AT(V,H,L)),L!==void 0?(H._$Co??=[])[L]=M:H._$Cl=M),M!==void 0&&(C=D(V,M._$AS(V,C.values),M,L)),C}var e1=class{constructor(C,H){this._$AV=[],this._$AN=void 0,this._$AD=C,this._$AM=H}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(C){let{el:{content:H},parts:L}=this._$AD,M=(C?.creationScope??R).importNode(H,!0);F.currentNode=M;let r=F.nextNode(),e=0,i=0,t=L[0];for(;t!==void 0;){if(e===t.index){let A;t.type===2?A=new N(r,r.nextSibling,this,C):t.type===1?A=new t.ctor(r,t.name,t.strings,this,C):t.type===6&&(A=new A1(r,this,C)),this._$AV.push(A),t=L[++i]}e!==t?.index&&(r=F.nextNode(),e++)}return F.currentNode=R,M}p(C){let H=0;for(let L of this._$AV)L!==void 0&&(L.strings!==void 0?(L._$AI(C,L,H),H+=L.strings.length-2):L._$AI(C[H])),H++}},N=class V{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(C,H,L,M){this.type=2,this._$AH=m,this._$AN=void 0,this._$AA=C,this._$AB=H,this._$AM=L,this.options=M,this._$Cv=M?.isConnected??!0}get parentNode(){let C=this._$AA.parentNode,H=this._$AM;return H!==void 0&&C?.nodeType===11&&(C=H.parentNode),C}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(C,H=this){C=D(this,C,H),X(C)?C===m||C==null||C===""?(this._$AH!==m&&this._$AR(),this._$AH=m):C!==this._$AH&&C!==y&&this._(C):C._$litType$!==void 0?this.$(C):C.nodeType!==void 0?this.T(C):L2(C)?this.k(C):this._(C)}O(C){return this._$AA.parentNode.insertBefore(C,this._$AB)}T(C){this._$AH!==C&&(this._$AR(),this._$AH=this.O(C))}_(C){this._$AH!==m&&X(this._$AH)?this._$AA.nextSibling.data=C:this.T(R.createTextNode(C)),this._$AH=C}$(C){let{values:H,_$litType$:L}=C,M=typeof L=="number"?this._$AC(C):(L.el===void 0&&(L.el=Y.createElement(e2(L.h,L.h[0]),this.options)),L);if(this._$AH?._$AD===M)this._$AH.p(H);else{let r=new e1(M,this),e=r.u(this.options);r.p(H),this.T(e),this._$AH=r}}_$AC(C){let H=V2.get(C.strings);return H===void 0&&V2.set(C.strings,H=new Y(C)),H}k(C){R1(this._$AH)||(this._$AH=[],this._$AR());let H=this._$AH,L,M=0;for(let r of C)M===H.length?H.push(L=new V(this.O(j()),this.O(j()),this,this.options)):L=H[M],L._$AI(r),M++;M<H.length&&(this._$AR(L&&L._$AB.nextSibling,M),H.length=M)}_$AR(C=this._$AA.nextSibling,H){for(this._$AP?.(!1,!0,H);C!==this._$AB;){let L=j1(C).nextSibling;j1(C).remove(),C=L}}setConnected(C){this._$AM===void 0&&(this._$Cv=C,this._$AP?.(C))}},E=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(C,H,L,M,r){this.type=1,this._$AH=m,this._$AN=void 0,this.element=C,this.name=H,this._$AM=M,this.options=r,L.length>2||L[0]!==""||L[1]!==""?(this._$AH=Array(L.length-1).fill(new String),this.strings=L):this._$AH=m}_$AI(C,H=this,L,M){let r=this.strings,e=!1;if(r===void 0)C=D(this,C,H,0),e=!X(C)||C!==this._$AH&&C!==y,e&&(this._$AH=C);else{let i=C,t,A;for(C=r[0],t=0;t<r.length-1;t++)A=D(this,i[L+t],H,t),A===y&&(A=this._$AH[t]),e||=!X(A)||A!==this._$AH[t],A===m?C=m:C!==m&&(C+=(A??"")+r[t+1]),this._$AH[t]=A}e&&!M&&this.j(C)}j(C){C===m?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,C??"")}},t1=class extends E{constructor(){super(...arguments),this.type=3}j(C){this.element[this.name]=C===m?void 0:C}},i1=class extends E{constructor(){super(...arguments),this.type=4}j(C){this.element.toggleAttribute(this.name,!!C&&C!==m)}},o1=class extends E{constructor(C,H,L,M,r){super(C,H,L,M,r),this.type=5}_$AI(C,H=this){if((C=D(this,C,H,0)??m)===y)return;let L=this._$AH,M=C===m&&L!==m||C.capture!==L.capture||C.once!==L.once||C.passive!==L.passive,r=C!==m&&(L===m||M);M&&this.element.removeEventListener(this.name,this,L),r&&this.element.addEventListener(this.name,this,C),this._$AH=C}handleEvent(C){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,C):this._$AH.handleEvent(C)}},A1=class{constructor(C,H,L){this.element=C,this.type=6,this._$AN=void 0,this._$AM=H,this.options=L}get _$AU(){return this._$AM._$AU}_$AI(C){D(this,C)}},i2={M:T1,P:w,A:F1,C:1,L:t2,R:e1,D:L2,V:D,I:N,H:E,N:i1,U:o1,B:t1,F:A1},h5=P1.litHtmlPolyfillSupport;h5?.(Y,N),(P1.litHtmlVersions??=[]).push("3.3.3");var o2=(V,C,H)=>{let L=H?.renderBefore??C,M=L._$litPart$;if(M===void 0){let r=H?.renderBefore??null;L._$litPart$=M=new N(C.insertBefore(j(),r),r,void 0,H??{})}return M._$AI(V),M};var E1=globalThis,Z=class extends b{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let C=super.createRenderRoot();return this.renderOptions.renderBefore??=C.firstChild,C}update(C){let H=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(C),this._$Do=o2(H,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return y}};Z._$litElement$=!0,Z.finalized=!0,E1.litElementHydrateSupport?.({LitElement:Z});var O5=E1.litElementPolyfillSupport;O5?.({LitElement:Z});(E1.litElementVersions??=[]).push("4.2.2");var g5={attribute:!0,type:String,converter:K,reflect:!1,hasChanged:M1},f5=(V=g5,C,H)=>{let{kind:L,metadata:M}=H,r=globalThis.litPropertyMetadata.get(M);if(r===void 0&&globalThis.litPropertyMetadata.set(M,r=new Map),L==="setter"&&((V=Object.create(V)).wrapped=!0),r.set(H.name,V),L==="accessor"){let{name:e}=H;return{set(i){let t=C.get.call(this);C.set.call(this,i),this.requestUpdate(e,t,V,!0,i)},init(i){return i!==void 0&&this.C(e,void 0,V,i),i}}}if(L==="setter"){let{name:e}=H;return function(i){let t=this[e];C.call(this,i),this.requestUpdate(e,t,V,!0,i)}}throw Error("Unsupported decorator location: "+L)};function x(V){return(C,H)=>typeof H=="object"?f5(V,C,H):((L,M,r)=>{let e=M.hasOwnProperty(r);return M.constructor.createProperty(r,L),e?Object.getOwnPropertyDescriptor(M,r):void 0})(V,C,H)}function $1(V){return x({...V,state:!0,attribute:!1})}var A2={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},a2=V=>(...C)=>({_$litDirective$:V,values:C}),d1=class{constructor(C){}get _$AU(){return this._$AM._$AU}_$AT(C,H,L){this._$Ct=C,this._$AM=H,this._$Ci=L}_$AS(C,H){return this.update(C,H)}update(C,H){return this.render(...H)}};var{I:k5}=i2,d2=V=>V;var p2=()=>document.createComment(""),W=(V,C,H)=>{let L=V._$AA.parentNode,M=C===void 0?V._$AB:C._$AA;if(H===void 0){let r=L.insertBefore(p2(),M),e=L.insertBefore(p2(),M);H=new k5(r,e,V,V.options)}else{let r=H._$AB.nextSibling,e=H._$AM,i=e!==V;if(i){let t;H._$AQ?.(V),H._$AM=V,H._$AP!==void 0&&(t=V._$AU)!==e._$AU&&H._$AP(t)}if(r!==M||i){let t=H._$AA;for(;t!==r;){let A=d2(t).nextSibling;d2(L).insertBefore(t,M),t=A}}}return H},B=(V,C,H=V)=>(V._$AI(C,H),V),b5={},m2=(V,C=b5)=>V._$AH=C,n2=V=>V._$AH,p1=V=>{V._$AR(),V._$AA.remove()};var l2=(V,C,H)=>{let L=new Map;for(let M=C;M<=H;M++)L.set(V[M],M);return L},m1=a2(class extends d1{constructor(V){if(super(V),V.type!==A2.CHILD)throw Error("repeat() can only be used in text expressions")}dt(V,C,H){let L;H===void 0?H=C:C!==void 0&&(L=C);let M=[],r=[],e=0;for(let i of V)M[e]=L?L(i,e):e,r[e]=H(i,e),e++;return{values:r,keys:M}}render(V,C,H){return this.dt(V,C,H).values}update(V,[C,H,L]){let M=n2(V),{values:r,keys:e}=this.dt(C,H,L);if(!Array.isArray(M))return this.ut=e,r;let i=this.ut??=[],t=[],A,d,o=0,n=M.length-1,p=0,v=r.length-1;for(;o<=n&&p<=v;)if(M[o]===null)o++;else if(M[n]===null)n--;else if(i[o]===e[p])t[p]=B(M[o],r[p]),o++,p++;else if(i[n]===e[v])t[v]=B(M[n],r[v]),n--,v--;else if(i[o]===e[v])t[v]=B(M[o],r[v]),W(V,t[v+1],M[o]),o++,v--;else if(i[n]===e[p])t[p]=B(M[n],r[p]),W(V,M[o],M[n]),n--,p++;else if(A===void 0&&(A=l2(e,p,v),d=l2(i,o,n)),A.has(i[o]))if(A.has(i[n])){let s=d.get(e[p]),b1=s!==void 0?M[s]:null;if(b1===null){let U1=W(V,M[o]);B(U1,r[p]),t[p]=U1}else t[p]=B(b1,r[p]),W(V,M[o],b1),M[s]=null;p++}else p1(M[n]),n--;else p1(M[o]),o++;for(;p<=v;){let s=W(V,t[v+1]);B(s,r[p]),t[p++]=s}for(;o<=n;){let s=M[o++];s!==null&&p1(s)}return this.ut=e,m2(V,t),y}});var O="nuisance_calls";function v2(V,C){let H={type:`${O}/callers`,sort:C.sort,descending:C.descending,limit:C.limit};for(let L of["verdict","line","search","offset"])C[L]&&(H[L]=C[L]);return V.sendMessagePromise(H)}function x2(V,C){return V.sendMessagePromise({type:`${O}/labels`,limit:C})}function Z2(V){return V.sendMessagePromise({type:`${O}/tags`})}function s2(V,C){return V.subscribeMessage(C,{type:`${O}/subscribe`},{resubscribe:!1})}function S2(V){return V.loadBackendTranslation("selector",O)}var u2=V=>`component.${O}.selector.tag.options.${V}`;function c2(V,C,{tag:H,label:L}={}){return V.callService(O,"flag_number",{number:C,...H?{tag:H}:{},...L?{label:L}:{}})}function h2(V,C){return V.callService(O,"allow_number",{number:C})}function O2(V,C){return V.callService(O,"unflag_number",{number:C})}function g2(V,C){return V.callService(O,"reset_caller",{number:C})}function n1(V){return V&&typeof V=="object"&&"message"in V?String(V.message):String(V)}var f2=V=>V?.code==="unknown_command";var w5=4e3,l1=class{constructor(C,H){this.busy=new Set;this.host=C,this.localize=H,C.addController(this)}hostDisconnected(){window.clearTimeout(this.confirmTimer),this.confirmReset=void 0}closePanel(){this.flagging=void 0,this.host.requestUpdate()}handle(C){let H=C.caller.number;switch(C.kind){case"toggle-panel":this.flagging=this.flagging===H?void 0:H;break;case"close-panel":this.flagging=void 0;break;case"flag":{this.flagging=void 0;let{tag:L,label:M}=C;this.run(H,"action.flag",r=>c2(r,H,{tag:L,label:M}));break}case"allow":this.run(H,"action.allow",L=>h2(L,H));break;case"unflag":this.run(H,"action.unflag",L=>O2(L,H));break;case"ask-reset":this.confirmReset=H,window.clearTimeout(this.confirmTimer),this.confirmTimer=window.setTimeout(()=>{this.confirmReset=void 0,this.host.requestUpdate()},w5);break;case"reset":this.confirmReset=void 0,this.run(H,"action.reset",L=>g2(L,H));break}this.host.requestUpdate()}async run(C,H,L){let M=this.hass;if(M){this.busy=new Set([...this.busy,C]),this.host.requestUpdate();try{await L(M)}catch(r){let e=this.localize(),i=e("error.action",{action:e(H),message:n1(r)});this.host.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:i},bubbles:!0,composed:!0}))}finally{let r=new Set(this.busy);r.delete(C),this.busy=r,this.host.requestUpdate()}}}};var k2={title:"Störanrufe",description:"Jeder Anrufer mit seiner Zählung: mit einem Tipp markieren, erlauben oder zurücksetzen.","tab.nuisance":"Störer","tab.unknown":"Unbekannt","tab.allowed":"Erlaubt","tab.all":"Alle","tab.labels":"Firmen",search:"Nummer oder Name suchen","search.clear":"Suche leeren","sort.by":"Sortieren nach","sort.count":"Meiste Anrufe","sort.last_seen":"Letzter Anruf","sort.label":"Name","sort.number":"Nummer","sort.ascending":"Aufsteigend","sort.descending":"Absteigend","line.all":"Alle Leitungen","calls.one":"{n} Anruf","calls.other":"{n} Anrufe",answered:"{n} angenommen",missed:"{n} verpasst",stopped:"{n} vom Telefon gestoppt",never:"nie","action.flag":"Als Störer markieren","action.allow":"Erlauben","action.unflag":"Von meiner Liste nehmen","action.reset":"Zählung zurücksetzen","action.reset_confirm":"Zurücksetzen?","flag.as":"Markieren als","flag.label":"Name oder Firma (optional)",cancel:"Abbrechen","empty.callers":"Noch keine Anrufer.","empty.search":"Kein Anrufer passt zu „{search}“.","empty.labels":"Noch kein Anrufer hat einen Namen oder eine Firma.","show.more":"Mehr anzeigen",showing:"{shown} von {total}","error.load":"Anrufer konnten nicht geladen werden: {message}","error.not_set_up":"Die Integration Nuisance Calls ist nicht eingerichtet oder noch nicht geladen.","error.action":"{action} fehlgeschlagen: {message}","verdict.nuisance":"Störer","verdict.unknown":"Unbekannt","verdict.allowed":"Erlaubt",anonymous:"Unterdrückte Nummer","numbers.one":"{n} Nummer","numbers.other":"{n} Nummern","labels.since":"seit {date}","labels.total":"{n} insgesamt","labels.show":"Diese Anrufer zeigen",score:"Score {score}","last.call":"Letzter Anruf","on.list.flag":"Von dir markiert","on.list.allow":"Von dir erlaubt","editor.title":"Titel","editor.filter":"Anzeigen","editor.sort":"Sortieren nach","editor.max_rows":"Zeilen pro Seite","editor.line":"Leitung","editor.line.helper":"Nur Anrufer auf dieser Leitung; leer für alle Leitungen."};var N1={title:"Nuisance calls",description:"Every caller with their tally: flag, allow or reset with one tap.","tab.nuisance":"Nuisance","tab.unknown":"Unknown","tab.allowed":"Allowed","tab.all":"All","tab.labels":"Companies",search:"Search number or name","search.clear":"Clear search","sort.by":"Sort by","sort.count":"Most calls","sort.last_seen":"Latest call","sort.label":"Name","sort.number":"Number","sort.ascending":"Ascending","sort.descending":"Descending","line.all":"All lines","calls.one":"{n} call","calls.other":"{n} calls",answered:"{n} answered",missed:"{n} missed",stopped:"{n} stopped by the phone",never:"never","action.flag":"Flag","action.allow":"Allow","action.unflag":"Remove from my list","action.reset":"Reset tally","action.reset_confirm":"Reset?","flag.as":"Flag as","flag.label":"Name or company (optional)",cancel:"Cancel","empty.callers":"No callers yet.","empty.search":"No caller matches “{search}”.","empty.labels":"No caller has a name or company yet.","show.more":"Show more",showing:"{shown} of {total}","error.load":"Could not load the callers: {message}","error.not_set_up":"The Nuisance Calls integration is not set up or not loaded yet.","error.action":"{action} failed: {message}","verdict.nuisance":"Nuisance","verdict.unknown":"Unknown","verdict.allowed":"Allowed",anonymous:"Withheld number","numbers.one":"{n} number","numbers.other":"{n} numbers","labels.since":"since {date}","labels.total":"{n} in total","labels.show":"Show these callers",score:"score {score}","last.call":"Last call","on.list.flag":"Flagged by you","on.list.allow":"Allowed by you","editor.title":"Title","editor.filter":"Show","editor.sort":"Sort by","editor.max_rows":"Rows per page","editor.line":"Line","editor.line.helper":"Only callers on this line; empty for all lines."};var b2={title:"Chiamate moleste",description:"Ogni chiamante con il suo conteggio: segnala, consenti o azzera con un tocco.","tab.nuisance":"Moleste","tab.unknown":"Sconosciute","tab.allowed":"Consentite","tab.all":"Tutte","tab.labels":"Aziende",search:"Cerca numero o nome","search.clear":"Cancella ricerca","sort.by":"Ordina per","sort.count":"Più chiamate","sort.last_seen":"Ultima chiamata","sort.label":"Nome","sort.number":"Numero","sort.ascending":"Crescente","sort.descending":"Decrescente","line.all":"Tutte le linee","calls.one":"{n} chiamata","calls.other":"{n} chiamate",answered:"{n} risposte",missed:"{n} perse",stopped:"{n} fermate dal telefono",never:"mai","action.flag":"Segnala","action.allow":"Consenti","action.unflag":"Rimuovi dal mio elenco","action.reset":"Azzera conteggio","action.reset_confirm":"Azzerare?","flag.as":"Segnala come","flag.label":"Nome o azienda (facoltativo)",cancel:"Annulla","empty.callers":"Ancora nessun chiamante.","empty.search":"Nessun chiamante corrisponde a «{search}».","empty.labels":"Nessun chiamante ha ancora un nome o un'azienda.","show.more":"Mostra altri",showing:"{shown} di {total}","error.load":"Impossibile caricare i chiamanti: {message}","error.not_set_up":"L'integrazione Nuisance Calls non è configurata o non è ancora caricata.","error.action":"{action} non riuscito: {message}","verdict.nuisance":"Molesto","verdict.unknown":"Sconosciuto","verdict.allowed":"Consentito",anonymous:"Numero anonimo","numbers.one":"{n} numero","numbers.other":"{n} numeri","labels.since":"dal {date}","labels.total":"{n} in totale","labels.show":"Mostra questi chiamanti",score:"punteggio {score}","last.call":"Ultima chiamata","on.list.flag":"Segnalato da te","on.list.allow":"Consentito da te","editor.title":"Titolo","editor.filter":"Mostra","editor.sort":"Ordina per","editor.max_rows":"Righe per pagina","editor.line":"Linea","editor.line.helper":"Solo i chiamanti su questa linea; vuoto per tutte le linee."};var w2={en:N1,de:k2,it:b2};function T5(V){let C=(V??"en").toLowerCase().split(/[-_]/)[0];return C in w2?C:"en"}function v1(){return document.documentElement.lang||navigator.language||"en"}function _(V){let C=w2[T5(V)];return(H,L)=>{let M=C[H]??N1[H]??H;if(L)for(let[r,e]of Object.entries(L))M=M.split(`{${r}}`).join(String(e));return M}}function x1(V,C,H,L){let M=new Intl.PluralRules(C).select(L)==="one"?"one":"other";return V(`${H}.${M}`,{n:L.toLocaleString(C)})}var U="nuisance-calls-card",J=["nuisance","unknown","allowed","all","labels"],C1=["count","last_seen","label","number"],Z1=10,I=500,y2,B2=V=>{y2=V};function W1(V){if(!V||typeof V!="object")throw new Error("Invalid configuration");if(V.filter!==void 0&&!J.includes(V.filter))throw new Error(`filter must be one of ${J.join(", ")}`);if(V.sort!==void 0&&!C1.includes(V.sort))throw new Error(`sort must be one of ${C1.join(", ")}`);if(V.max_rows!==void 0&&(!Number.isInteger(V.max_rows)||V.max_rows<1||V.max_rows>I))throw new Error(`max_rows must be a whole number from 1 to ${I}`);if(V.line!==void 0&&typeof V.line!="string")throw new Error("line must be a config entry id");return V}function P2(){return{type:`custom:${U}`,filter:"all",sort:"count",max_rows:5}}function T2(){let V=_(y2??v1()),C=(H,L)=>H.map(M=>({value:M,label:V(`${L}.${M}`)}));return{schema:[{name:"title",selector:{text:{}}},{type:"grid",name:"",schema:[{name:"filter",selector:{select:{mode:"dropdown",options:C(J,"tab")}}},{name:"sort",selector:{select:{mode:"dropdown",options:C(C1,"sort")}}}]},{name:"max_rows",selector:{number:{min:1,max:100,step:1,mode:"box"}}},{name:"line",selector:{config_entry:{integration:"nuisance_calls"}}}],computeLabel:H=>H.name?V(`editor.${H.name}`):void 0,computeHelper:H=>H.name==="line"?V("editor.line.helper"):void 0,assertConfig:H=>{W1(H)}}}function I1(V){return V==="count"||V==="last_seen"}var _1=V=>V.replace(/\D/g,"");function F5(V,C){let H=(C??"").trim().toLowerCase();if(!H||(V.label??"").toLowerCase().includes(H)||V.formatted_number.toLowerCase().includes(H)||V.number.toLowerCase().includes(H))return!0;let L=_1(H);return L.length>0&&(_1(V.number).includes(L)||_1(V.formatted_number).includes(L))}function R5(V,C){return C.verdict&&V.verdict!==C.verdict||C.line&&!V.lines.includes(C.line)?!1:F5(V,C.search)}var s1=V=>V&&Date.parse(V)||0,F2=V=>V.label?.toLowerCase()||"￿",S1=(V,C)=>V<C?-1:V>C?1:0;function D5(V,C,H){switch(H){case"count":return V.count-C.count||s1(V.last_seen)-s1(C.last_seen);case"last_seen":return s1(V.last_seen)-s1(C.last_seen)||V.count-C.count;case"label":return S1(F2(V),F2(C))||S1(V.number,C.number);case"number":return S1(V.number,C.number)}return 0}function E5(V,C,H){let L=H?-1:1;return[...V].sort((M,r)=>L*D5(M,r,C)||S1(M.number,r.number))}function R2(V,C,H,L,M){let r=new Map(V.map(d=>[d.number,d])),e=[],i=V.length>=C,t=!0;for(let d of H.callers??[]){let o=r.has(d.number);R5(d,L)?(r.set(d.number,d),e.push(d.number),o||(C+=1,t&&=i)):o&&(r.delete(d.number),C-=1,t&&=i)}for(let d of H.removed??[])r.delete(d)&&(C-=1,t&&=i);let A=E5([...r.values()],L.sort,L.descending);return{rows:A.slice(0,M),total:Math.max(C,A.length),touched:e,exact:t}}var $5=250,D2=1e3,N5=1600,W5=3e4,u1=class{constructor(C){this.filter="all";this.sort="count";this.descending=!0;this.search="";this.limit=Z1;this.callers=[];this.total=0;this.lines=[];this.labels=[];this.loaded=!1;this.flash=new Set;this.now=Date.now();this.pageSize=Z1;this.configured=!1;this.request=0;this.timers=new Map;this.onDisconnected=()=>{this.subscription=void 0};this.onReady=()=>{this.live&&(this.subscribe(this.live),this.refresh())};this.host=C,C.addController(this)}configure(C){this.configured=!0,this.filter=C.filter??"all",this.sort=C.sort??"count",this.descending=I1(this.sort),this.line=C.line||void 0,this.pageSize=C.max_rows??Z1,this.limit=this.pageSize,this.host.requestUpdate(),this.refresh()}setConnection(C){C!==this.connection&&(this.stop(),this.connection=C,this.start())}hostConnected(){this.start()}hostDisconnected(){this.stop()}start(){let C=this.connection;!C||!this.host.isConnected||this.live||(this.live=C,this.subscribe(C),C.addEventListener("ready",this.onReady),C.addEventListener("disconnected",this.onDisconnected),this.tick=window.setInterval(()=>{this.now=Date.now(),this.host.requestUpdate()},W5),this.refresh())}stop(){let C=this.live;if(!C)return;this.live=void 0;let H=this.subscription;this.subscription=void 0,H?.then(L=>L?.()).catch(()=>{}),C.removeEventListener("ready",this.onReady),C.removeEventListener("disconnected",this.onDisconnected),window.clearInterval(this.tick);for(let L of this.timers.values())window.clearTimeout(L);this.timers.clear()}subscribe(C){let H=s2(C,L=>{this.subscription===H&&this.onChange(L)}).then(L=>{if(this.subscription===H)return L;Promise.resolve(L()).catch(()=>{})},L=>{this.subscription===H&&this.showLoadError(L)});this.subscription=H}later(C,H,L){window.clearTimeout(this.timers.get(C)),this.timers.set(C,window.setTimeout(()=>{this.timers.delete(C),L()},H))}selectTab(C){C!==this.filter&&(this.filter=C,this.limit=this.pageSize,this.host.requestUpdate(),this.refresh())}changeQuery(C){C.search!==void 0&&(this.search=C.search),C.sort!==void 0&&(this.sort=C.sort,this.descending=I1(C.sort)),C.descending!==void 0&&(this.descending=C.descending),"line"in C&&(this.line=C.line||void 0),this.host.requestUpdate(),C.search!==void 0&&!C.immediate?this.later("search",$5,()=>{this.refresh()}):this.refresh()}showMore(){this.limit=Math.min(this.limit+this.pageSize,I),this.refresh()}showLabel(C){this.search=C,this.selectTab("all")}get hasMore(){return this.total>this.callers.length&&this.limit<I}get rowQuery(){return{sort:this.sort,descending:this.descending,verdict:this.filter==="all"||this.filter==="labels"?void 0:this.filter,line:this.line,search:this.search.trim()||void 0}}async refresh(){let C=this.live;if(!C||!this.configured)return;let H=++this.request,L=Math.min(this.limit,I);try{if(this.filter==="labels"){let M=await x2(C,L);if(H!==this.request)return;this.labels=M.labels,this.since=M.since}else{let M=await v2(C,{...this.rowQuery,limit:L});if(H!==this.request)return;this.callers=M.callers,this.total=M.total,this.lines=M.lines??[]}this.loaded=!0,this.error=void 0}catch(M){H===this.request&&this.showLoadError(M)}this.host.requestUpdate()}showLoadError(C){this.error={notSetUp:f2(C),message:n1(C)},this.loaded=!0,this.host.requestUpdate()}onChange(C){if(C.reset||this.filter==="labels"){this.later("refresh",C.reset?0:D2,()=>{this.refresh()});return}let H=R2(this.callers,this.total,C,this.rowQuery,this.limit);this.callers=H.rows,this.total=H.total,H.touched.length&&(this.flash=new Set([...this.flash,...H.touched]),this.later("flash",N5,()=>{this.flash=new Set,this.host.requestUpdate()})),H.exact||this.later("refresh",D2,()=>{this.refresh()}),this.host.requestUpdate()}};var E2="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M10 17L5 12L6.41 10.59L10 14.17L17.59 6.58L19 8L10 17Z",$2="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M12 20C7.59 20 4 16.41 4 12S7.59 4 12 4 20 7.59 20 12 16.41 20 12 20M16.59 7.58L10 14.17L7.41 11.59L6 13L10 17L18 9L16.59 7.58Z";var N2="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var W2="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var _2="M18,15H16V17H18M18,11H16V13H18M20,19H12V17H14V15H12V13H14V11H12V9H20M10,7H8V5H10M10,11H8V9H10M10,15H8V13H10M10,19H8V17H10M6,7H4V5H6M6,11H4V9H6M6,15H4V13H6M6,19H4V17H6M12,7V3H2V21H22V7H12Z";var I2="M14.4,6L14,4H5V21H7V14H12.6L13,16H20V6H14.4Z";var U2="M12.36,6L12.76,8H18V14H14.64L14.24,12H7V6H12.36M14,4H5V21H7V14H12.6L13,16H20V6H14.4";var Q2="M13 16L12.6 14H7V21H5V4H14L14.4 6H20V13.09C19.67 13.04 19.34 13 19 13C18.66 13 18.33 13.04 18 13.09V8H12.76L12.36 6H7V12H14.24L14.64 14H15.69C14.92 14.5 14.27 15.2 13.81 16H13M21.12 15.46L19 17.59L16.88 15.46L15.47 16.88L17.59 19L15.47 21.12L16.88 22.54L19 20.41L21.12 22.54L22.54 21.12L20.41 19L22.54 16.88L21.12 15.46Z";var z2="M17.06 13C15.2 13 13.64 14.33 13.24 16.1C12.29 15.69 11.42 15.8 10.76 16.09C10.35 14.31 8.79 13 6.94 13C4.77 13 3 14.79 3 17C3 19.21 4.77 21 6.94 21C9 21 10.68 19.38 10.84 17.32C11.18 17.08 12.07 16.63 13.16 17.34C13.34 19.39 15 21 17.06 21C19.23 21 21 19.21 21 17C21 14.79 19.23 13 17.06 13M6.94 19.86C5.38 19.86 4.13 18.58 4.13 17S5.39 14.14 6.94 14.14C8.5 14.14 9.75 15.42 9.75 17S8.5 19.86 6.94 19.86M17.06 19.86C15.5 19.86 14.25 18.58 14.25 17S15.5 14.14 17.06 14.14C18.62 14.14 19.88 15.42 19.88 17S18.61 19.86 17.06 19.86M22 10.5H2V12H22V10.5M15.53 2.63C15.31 2.14 14.75 1.88 14.22 2.05L12 2.79L9.77 2.05L9.72 2.04C9.19 1.89 8.63 2.17 8.43 2.68L6 9H18L15.56 2.68L15.53 2.63Z";var G2="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var K2="M6.62 10.79C8.06 13.62 10.38 15.94 13.21 17.38L15.41 15.18C15.69 14.9 16.08 14.82 16.43 14.93C17.55 15.3 18.75 15.5 20 15.5C20.55 15.5 21 15.95 21 16.5V20C21 20.55 20.55 21 20 21C10.61 21 3 13.39 3 4C3 3.45 3.45 3 4 3H7.5C8.05 3 8.5 3.45 8.5 4C8.5 5.25 8.7 6.45 9.07 7.57C9.18 7.92 9.1 8.31 8.82 8.59L6.62 10.79M16.5 2C14 2 12 4 12 6.5S14 11 16.5 11 21 9 21 6.5 19 2 16.5 2M16.5 9.5C14.84 9.5 13.5 8.16 13.5 6.5C13.5 5.94 13.65 5.42 13.92 5L18 9.08C17.58 9.35 17.06 9.5 16.5 9.5M19.08 8L15 3.92C15.42 3.65 15.94 3.5 16.5 3.5C18.16 3.5 19.5 4.84 19.5 6.5C19.5 7.06 19.35 7.58 19.08 8Z";var q2="M6.62 10.79A15.1 15.1 0 0 0 13.21 17.38L15.41 15.18A1 1 0 0 1 16.41 14.93A11.36 11.36 0 0 0 20 15.5A1 1 0 0 1 21 16.5V20A1 1 0 0 1 20 21A17 17 0 0 1 3 4A1 1 0 0 1 4 3H7.5A1 1 0 0 1 8.5 4A11.36 11.36 0 0 0 9.07 7.57A1 1 0 0 1 8.82 8.57M21.71 4.71L20.29 3.29L15 8.59L12.71 6.29L11.29 7.71L15 11.41Z";var j2="M12,9C10.4,9 8.85,9.25 7.4,9.72V12.82C7.4,13.22 7.17,13.56 6.84,13.72C5.86,14.21 4.97,14.84 4.17,15.57C4,15.75 3.75,15.86 3.5,15.86C3.2,15.86 2.95,15.74 2.77,15.56L0.29,13.08C0.11,12.9 0,12.65 0,12.38C0,12.1 0.11,11.85 0.29,11.67C3.34,8.77 7.46,7 12,7C16.54,7 20.66,8.77 23.71,11.67C23.89,11.85 24,12.1 24,12.38C24,12.65 23.89,12.9 23.71,13.08L21.23,15.56C21.05,15.74 20.8,15.86 20.5,15.86C20.25,15.86 20,15.75 19.82,15.57C19.03,14.84 18.14,14.21 17.16,13.72C16.83,13.56 16.6,13.22 16.6,12.82V9.72C15.15,9.25 13.6,9 12,9Z";var X2="M4,3A1,1 0 0,0 3,4A17,17 0 0,0 20,21A1,1 0 0,0 21,20V16.5A1,1 0 0,0 20,15.5C18.75,15.5 17.55,15.3 16.43,14.93C16.08,14.82 15.69,14.9 15.41,15.17L13.21,17.37C10.38,15.93 8.06,13.62 6.62,10.78L8.82,8.57C9.1,8.31 9.18,7.92 9.07,7.57C8.7,6.45 8.5,5.25 8.5,4A1,1 0 0,0 7.5,3H4M19,11V9.5H15.5L21,4L20,3L14.5,8.5V5H13V11H19Z";var Y2="M23.71,16.67C20.66,13.77 16.54,12 12,12C7.46,12 3.34,13.77 0.29,16.67C0.11,16.85 0,17.1 0,17.38C0,17.65 0.11,17.9 0.29,18.08L2.77,20.56C2.95,20.74 3.2,20.86 3.5,20.86C3.75,20.86 4,20.75 4.18,20.57C4.97,19.83 5.86,19.21 6.84,18.72C7.17,18.56 7.4,18.22 7.4,17.82V14.72C8.85,14.25 10.39,14 12,14C13.6,14 15.15,14.25 16.6,14.72V17.82C16.6,18.22 16.83,18.56 17.16,18.72C18.14,19.21 19.03,19.83 19.82,20.57C20,20.75 20.25,20.86 20.5,20.86C20.8,20.86 21.05,20.74 21.23,20.56L23.71,18.08C23.89,17.9 24,17.65 24,17.38C24,17.1 23.89,16.85 23.71,16.67M6.5,5.5L12,11L19,4L18,3L12,9L7.5,4.5H11V3H5V9H6.5V5.5Z";var J2="M20,15.5C18.8,15.5 17.5,15.3 16.4,14.9C16.3,14.9 16.2,14.9 16.1,14.9C15.8,14.9 15.6,15 15.4,15.2L13.2,17.4C10.4,15.9 8,13.6 6.6,10.8L8.8,8.6C9.1,8.3 9.2,7.9 9,7.6C8.7,6.5 8.5,5.2 8.5,4C8.5,3.5 8,3 7.5,3H4C3.5,3 3,3.5 3,4C3,13.4 10.6,21 20,21C20.5,21 21,20.5 21,20V16.5C21,16 20.5,15.5 20,15.5M5,5H6.5C6.6,5.9 6.8,6.8 7,7.6L5.8,8.8C5.4,7.6 5.1,6.3 5,5M19,19C17.7,18.9 16.4,18.6 15.2,18.2L16.4,17C17.2,17.2 18.1,17.4 19,17.4V19Z";var C5="M13,3A9,9 0 0,0 4,12H1L4.89,15.89L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3Z";var H5="M19 17H22L18 21L14 17H17V3H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var V5="M19 7H22L18 3L14 7H17V21H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var _5=[["second",60],["minute",60],["hour",24],["day",7],["week",4.345],["month",12],["year",Number.POSITIVE_INFINITY]];function c1(V,C,H=Date.now()){let L=Date.parse(V);if(Number.isNaN(L))return V;let M=Math.min(L-H,0)/1e3,r=new Intl.RelativeTimeFormat(C,{numeric:"auto"});if(Math.abs(M)<45)return r.format(0,"second");for(let[e,i]of _5){if(Math.abs(M)<i)return r.format(Math.round(M),e);M/=i}return r.format(Math.round(M),"year")}function L5(V,C,H){let L=new Date(V);if(Number.isNaN(L.getTime()))return V;try{return new Intl.DateTimeFormat(C,{dateStyle:"medium",timeStyle:"short",timeZone:H}).format(L)}catch{return new Intl.DateTimeFormat(C,{dateStyle:"medium",timeStyle:"short"}).format(L)}}function M5(V,C){let[H,L,M]=V.split("-").map(Number);return!H||!L||!M?V:new Intl.DateTimeFormat(C,{day:"numeric",month:"short"}).format(new Date(H,L-1,M))}var g=S`
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
`,h1=S`
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
`,O1=S`
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
`,g1=S`
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
  .row + .row {
    border-top: 1px solid var(--divider-color);
    border-top-left-radius: 0;
    border-top-right-radius: 0;
  }
`,r5=S`
  column-gap: var(--nc-gap);
  align-items: center;
  padding: 8px;
  border-radius: 12px;
  transition: background-color 0.6s ease-out, opacity 0.2s;
`,e5=S`
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
`,t5=S`
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
    color: var(--primary-color);
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
    justify-content: space-between;
    gap: 8px;
    padding: 0 16px 12px;
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
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
`,i5=S`
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
`,o5=S`
  :host {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) auto auto;
    grid-template-areas:
      "badge info tally actions"
      "badge chips tally actions"
      "panel panel panel panel";
    ${r5}
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
  ${e5}
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
  .split .missed {
    color: var(--error-color);
  }
  .split .missed.none {
    color: inherit;
  }
  .split .stopped {
    color: var(--success-color, #43a047);
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
  }
  /* Narrow cards (a sections view column, a phone): the actions move under
     the tally, beside the chips, and get a little smaller. */
  @container (max-width: 520px) {
    :host {
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
    .panel {
      margin-left: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      transition: none;
    }
  }
`,A5=S`
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
`,a5=S`
  :host {
    display: block;
  }
  .row {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) auto 24px;
    grid-template-areas: "badge info tally actions";
    ${r5}
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
  ${e5}
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
`;var u=V=>r2`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${V}></path></svg>`;function f(V,C){customElements.get(V)||customElements.define(V,C)}function c(V,C,H){V.dispatchEvent(new CustomEvent(C,{detail:H,bubbles:!0}))}var Q=class extends Z{constructor(){super();this.entry=null;this.addEventListener("keydown",H=>{H.key==="Escape"&&c(this,"nc-close",void 0)})}get _current(){return this.entry?.action==="flag"?this.entry.tags:[]}_flag(H){let L=this.renderRoot.querySelector("input");c(this,"nc-flag",{tag:H,label:L?.value.trim()??""})}render(){let{localize:H,tagText:L,flagTags:M}=this.view,r=this._current;return a`
      <div class="panel-title">${H("flag.as")}</div>
      <div class="tag-choices">
        ${M.map(e=>a`
            <button
              class="tag-choice ${r.includes(e)?"current":""}"
              data-tag=${e}
              @click=${()=>this._flag(e)}
            >
              ${L(e)}
            </button>
          `)}
      </div>
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
    `}shouldUpdate(){return this.view!==void 0}firstUpdated(){this.renderRoot.querySelector(".tag-choice, input")?.focus()}};Q.styles=[g,O1,A5],l([x({attribute:!1})],Q.prototype,"entry",2),l([x({attribute:!1})],Q.prototype,"view",2);f("nc-flag-panel",Q);var I5="anonymous",U5={nuisance:K2,allowed:q2,unknown:J2},k=class extends Z{constructor(){super(...arguments);this.flash=!1;this.busy=!1;this.flagging=!1;this.confirming=!1}connectedCallback(){super.connectedCallback(),this.setAttribute("role","listitem")}_ask(H){c(this,"nc-row-action",{kind:H,caller:this.caller})}_flag(H){c(this,"nc-row-action",{kind:"flag",caller:this.caller,...H.detail})}shouldUpdate(){return this.caller!==void 0&&this.view!==void 0}willUpdate(){let H=this.caller;this.className=["row",`verdict-${H.verdict}`,this.flash?"flash":"",this.busy?"busy":""].join(" "),this.dataset.number=H.number}render(){let H=this.caller,{localize:L,language:M,now:r,timeZone:e,lines:i,tagText:t}=this.view,A=H.number===I5,d=A?L("anonymous"):H.label||H.formatted_number,o=i.find(s=>s.entry_id===H.last_line)?.title,n=H.list_entry,p=L(`verdict.${H.verdict}`),v=[H.last_seen?`${L("last.call")}: ${L5(H.last_seen,M,e)}`:"",o?`${L("editor.line")}: ${o}`:""].filter(Boolean).join(`
`);return a`
      <div class="badge" title=${p} aria-label=${p} role="img">
        ${u(A?z2:U5[H.verdict])}
      </div>
      <div class="info">
        <div class="primary" title=${d}>${d}</div>
        <div class="secondary" title=${v}>
          ${[H.label&&!A?H.formatted_number:"",H.last_seen?c1(H.last_seen,M,r):L("never"),o??""].filter(Boolean).join(" · ")}
        </div>
      </div>
      ${H.tags.length||H.score!==null||n?a`<div class="chips">
            ${H.tags.map(s=>a`<span class="chip">${t(s)}</span>`)}
            ${H.score!==null&&H.score!==void 0?a`<span class="chip">${L("score",{score:H.score})}</span>`:m}
            ${n?a`<span class="chip mine"
                  >${L(n.action==="flag"?"on.list.flag":"on.list.allow")}</span
                >`:m}
          </div>`:m}
      <div class="tally">
        <div class="count" title=${x1(L,M,"calls",H.count)}>
          ${H.count.toLocaleString(M)}
        </div>
        <div class="split">
          <span class="answered" title=${L("answered",{n:H.answered})}>
            ${u(X2)}${H.answered.toLocaleString(M)}
          </span>
          <span
            class="missed ${H.missed?"":"none"}"
            title=${L("missed",{n:H.missed})}
          >
            ${u(Y2)}${H.missed.toLocaleString(M)}
          </span>
          ${H.stopped?a`<span class="stopped" title=${L("stopped",{n:H.stopped})}>
                ${u(j2)}${H.stopped.toLocaleString(M)}
              </span>`:m}
        </div>
      </div>
      <div class="actions">${this._renderActions(H,A)}</div>
      ${this.flagging?a`<nc-flag-panel
            class="panel"
            .entry=${n}
            .view=${this.view}
            @nc-flag=${this._flag}
            @nc-close=${()=>this._ask("close-panel")}
          ></nc-flag-panel>`:m}
    `}_renderActions(H,L){let{localize:M}=this.view,r=H.list_entry,e=(d,o,n,p,v={})=>a`
      <button
        class="icon-button ${d}"
        title=${M(o)}
        aria-label=${M(o)}
        aria-pressed=${v.pressed===void 0?m:String(v.pressed)}
        aria-expanded=${v.expanded===void 0?m:String(v.expanded)}
        ?disabled=${this.busy}
        @click=${p}
      >
        ${u(n)}
      </button>
    `,i=r?.action==="flag",t=r?.action==="allow",A=a`<span class="slot"></span>`;return a`
      ${L?a`${A}${A}${A}`:a`
            ${e("flag","action.flag",i?I2:U2,()=>this._ask("toggle-panel"),{pressed:i,expanded:this.flagging})}
            ${e("allow","action.allow",t?E2:$2,()=>this._ask("allow"),{pressed:t})}
            ${r?e("unflag","action.unflag",Q2,()=>this._ask("unflag")):A}
          `}
      ${this.confirming?a`<button class="confirm" ?disabled=${this.busy} @click=${()=>this._ask("reset")}>
            ${M("action.reset_confirm")}
          </button>`:e("reset","action.reset",C5,()=>this._ask("ask-reset"))}
    `}};k.styles=[g,h1,o5],l([x({attribute:!1})],k.prototype,"caller",2),l([x({attribute:!1})],k.prototype,"view",2),l([x({attribute:!1})],k.prototype,"flash",2),l([x({attribute:!1})],k.prototype,"busy",2),l([x({attribute:!1})],k.prototype,"flagging",2),l([x({attribute:!1})],k.prototype,"confirming",2);f("nc-caller-row",k);var P=class extends Z{constructor(){super(...arguments);this.labels=[];this.search=""}shouldUpdate(){return this.view!==void 0}render(){let{localize:H,language:L,now:M}=this.view,r=this.search.trim().toLowerCase(),e=r?this.labels.filter(t=>t.label.toLowerCase().includes(r)):this.labels;if(!e.length)return a`<div class="message">
        ${r?H("empty.search",{search:this.search.trim()}):H("empty.labels")}
      </div>`;let i=this.since?M5(this.since,L):"";return a`<div class="list" role="list">
      ${m1(e,t=>t.label,t=>a`
          <button
            class="row label-row verdict-${t.verdict}"
            role="listitem"
            title=${H("labels.show")}
            @click=${()=>c(this,"nc-show-label",t.label)}
          >
            <div class="badge">${u(_2)}</div>
            <div class="info">
              <div class="primary">${t.label}</div>
              <div class="secondary">
                ${[x1(H,L,"numbers",t.callers),H("labels.total",{n:t.count.toLocaleString(L)}),t.last_seen?c1(t.last_seen,L,M):""].filter(Boolean).join(" · ")}
              </div>
            </div>
            <div class="tally">
              <div class="count">${t.calls_since.toLocaleString(L)}</div>
              <div class="split">${H("labels.since",{date:i})}</div>
            </div>
            <span class="chevron">${u(N2)}</span>
          </button>
        `)}
    </div>`}};P.styles=[g,g1,a5],l([x({attribute:!1})],P.prototype,"labels",2),l([x({attribute:!1})],P.prototype,"search",2),l([x({attribute:!1})],P.prototype,"since",2),l([x({attribute:!1})],P.prototype,"view",2);f("nc-companies",P);var h=class extends Z{constructor(){super(...arguments);this.search="";this.sort="count";this.descending=!0;this.sortable=!0;this.pickLine=!1}_change(H){c(this,"nc-query",H)}shouldUpdate(){return this.view!==void 0}render(){let{localize:H,lines:L}=this.view,M=H(this.descending?"sort.descending":"sort.ascending");return a`
      <label class="search">
        ${u(G2)}
        <input
          type="search"
          .value=${this.search}
          placeholder=${H("search")}
          aria-label=${H("search")}
          @input=${r=>this._change({search:r.target.value})}
        />
        ${this.search?a`<button
              class="icon-button"
              title=${H("search.clear")}
              aria-label=${H("search.clear")}
              @click=${()=>this._change({search:"",immediate:!0})}
            >
              ${u(W2)}
            </button>`:m}
      </label>
      ${this.sortable?a`
            <div class="sort">
              <select
                aria-label=${H("sort.by")}
                @change=${r=>this._change({sort:r.target.value})}
              >
                ${C1.map(r=>a`<option value=${r} ?selected=${r===this.sort}>
                      ${H(`sort.${r}`)}
                    </option>`)}
              </select>
              <button
                class="icon-button"
                title=${M}
                aria-label=${M}
                @click=${()=>this._change({descending:!this.descending})}
              >
                ${u(this.descending?V5:H5)}
              </button>
            </div>
          `:m}
      ${this.pickLine?a`
            <select
              aria-label=${H("editor.line")}
              @change=${r=>this._change({line:r.target.value||void 0})}
            >
              <option value="" ?selected=${!this.line}>${H("line.all")}</option>
              ${L.map(r=>a`<option value=${r.entry_id} ?selected=${r.entry_id===this.line}>
                    ${r.title}
                  </option>`)}
            </select>
          `:m}
    `}};h.styles=[g,h1,i5],l([x({attribute:!1})],h.prototype,"view",2),l([x({attribute:!1})],h.prototype,"search",2),l([x({attribute:!1})],h.prototype,"sort",2),l([x({attribute:!1})],h.prototype,"descending",2),l([x({attribute:!1})],h.prototype,"line",2),l([x({attribute:!1})],h.prototype,"sortable",2),l([x({attribute:!1})],h.prototype,"pickLine",2);f("nc-toolbar",h);var f1=new WeakMap,d5=new Map;function Q5(V){let C=f1.get(V);if(!C){let H=Z2(V);H.catch(()=>{f1.get(V)===H&&f1.delete(V)}),f1.set(V,H),C=H}return C}function z5(V){let C=V.language,H=d5.get(C);return H||(H=Promise.resolve().then(()=>S2(V)).catch(()=>{}),d5.set(C,H)),H}var k1=class{constructor(C){this.flag=[];this.text=C=>{let H=u2(C);return this.localize?.(H)||this.loaded?.(H)||C};this.load=()=>{let C=this.connection;!C||this.loadedFrom===C||Q5(C).then(H=>{this.connection===C&&(this.loadedFrom=C,this.flag=H.flag,this.host.requestUpdate())},()=>{})};this.host=C,C.addController(this)}hostConnected(){this.connection?.addEventListener("ready",this.load),this.load()}hostDisconnected(){this.connection?.removeEventListener("ready",this.load)}set hass(C){if(C.localize!==this.localize&&(this.localize=C.localize,this.host.requestUpdate()),C.language!==this.language){let H=C.language;this.language=H,this.loaded=void 0,z5(C).then(L=>{L&&this.language===H&&(this.loaded=L,this.host.requestUpdate())})}C.connection!==this.connection&&(this.hostDisconnected(),this.connection=C.connection,this.host.isConnected&&this.hostConnected())}};var $=class extends Z{constructor(){super(...arguments);this._language="en";this._callers=new u1(this);this._actions=new l1(this,()=>this._localize);this._tags=new k1(this);this._onQuery=H=>{this._callers.changeQuery(H.detail)};this._onRowAction=H=>{this._actions.handle(H.detail)};this._onShowLabel=H=>{this._actions.closePanel(),this._callers.showLabel(H.detail)}}static getStubConfig(){return P2()}static getConfigForm(){return T2()}setConfig(H){W1(H);let L=this._config;this._config=H,(!L||L.filter!==H.filter||L.sort!==H.sort||L.line!==H.line||L.max_rows!==H.max_rows)&&this._callers.configure(H)}getCardSize(){let H=this._callers,L=H.filter==="labels"?H.labels.length:Math.min(H.callers.length,H.limit);return 2+Math.max(1,L)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}set hass(H){this._hass=H;let L=H.locale?.language??H.language??"en";B2(L),this._language=L,this._actions.hass=H,this._tags.hass=H,this._callers.setConnection(H.connection)}get hass(){return this._hass}_selectTab(H){H!==this._callers.filter&&(this._actions.closePanel(),this._callers.selectTab(H))}get _localize(){return _(this._language)}shouldUpdate(H){return this._config!==void 0||H.has("_config")}render(){let H=this._localize,L=this._config,M=this._callers,r=M.filter==="labels",e={localize:H,language:this._language,now:M.now,timeZone:this._hass?.config?.time_zone,lines:M.lines,tagText:this._tags.text,flagTags:this._tags.flag},i=L.title??H("title");return a`
      <ha-card .header=${i||void 0}>
        <div class="tabs" role="tablist">
          ${J.map(t=>a`
              <button
                class="tab"
                role="tab"
                aria-selected=${t===M.filter?"true":"false"}
                @click=${()=>this._selectTab(t)}
              >
                ${H(`tab.${t}`)}
              </button>
            `)}
        </div>
        <nc-toolbar
          .view=${e}
          .search=${M.search}
          .sort=${M.sort}
          .descending=${M.descending}
          .line=${M.line}
          .sortable=${!r}
          .pickLine=${!r&&M.lines.length>1&&!L.line}
          @nc-query=${this._onQuery}
        ></nc-toolbar>
        <div class="content">${this._renderContent(e,r)}</div>
        ${this._renderFooter(H)}
      </ha-card>
    `}_renderContent(H,L){let{localize:M}=H,r=this._callers,e=r.error;if(e)return a`<div class="message error" role="alert">
        ${e.notSetUp?M("error.not_set_up"):M("error.load",{message:e.message})}
      </div>`;if(!r.loaded)return a`<div class="message">…</div>`;if(L)return a`<nc-companies
        .labels=${r.labels}
        .search=${r.search}
        .since=${r.since}
        .view=${H}
        @nc-show-label=${this._onShowLabel}
      ></nc-companies>`;let i=r.search.trim();if(!r.callers.length)return a`<div class="message">
        ${i?M("empty.search",{search:i}):M("empty.callers")}
      </div>`;let t=this._actions;return a`<div class="list" role="list" @nc-row-action=${this._onRowAction}>
      ${m1(r.callers,A=>A.number,A=>a`<nc-caller-row
          .caller=${A}
          .view=${H}
          .flash=${r.flash.has(A.number)}
          .busy=${t.busy.has(A.number)}
          .flagging=${t.flagging===A.number}
          .confirming=${t.confirmReset===A.number}
        ></nc-caller-row>`)}
    </div>`}_renderFooter(H){let L=this._callers;if(L.error||L.filter==="labels"||L.callers.length===0)return m;let M=this._language;return a`
      <div class="footer">
        <span
          >${H("showing",{shown:L.callers.length.toLocaleString(M),total:L.total.toLocaleString(M)})}</span
        >
        ${L.hasMore?a`<button class="text-button" @click=${()=>this._callers.showMore()}>
              ${H("show.more")}
            </button>`:m}
      </div>
    `}};$.styles=[g,O1,g1,t5],l([$1()],$.prototype,"_config",2),l([$1()],$.prototype,"_language",2);if(!customElements.get(U)){f(U,$);let V=new URL(import.meta.url).searchParams.get("v")??"dev";console.info(`nuisance-calls-card ${V}`)}window.customCards=window.customCards??[];if(!window.customCards.some(V=>V.type===U)){let V=_(v1());window.customCards.push({type:U,name:V("title"),description:V("description"),preview:!0,documentationURL:"https://github.com/nuisance-calls/nuisance_calls#the-card"})}
