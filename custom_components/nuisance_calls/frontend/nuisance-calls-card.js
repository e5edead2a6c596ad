/*! nuisance-calls-card, built from frontend/ (npm ci && npm run build); do not edit. Lit: BSD-3-Clause; MDI icons: Apache-2.0. */
var i5=Object.defineProperty;var o5=Object.getOwnPropertyDescriptor;var l=(L,C,H,V)=>{for(var M=V>1?void 0:V?o5(C,H):C,r=L.length-1,e;r>=0;r--)(e=L[r])&&(M=(V?e(C,H,M):e(M))||M);return V&&M&&i5(C,H,M),M};var H1=globalThis,V1=H1.ShadowRoot&&(H1.ShadyCSS===void 0||H1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,b1=Symbol(),I1=new WeakMap,G=class{constructor(C,H,V){if(this._$cssResult$=!0,V!==b1)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=C,this.t=H}get styleSheet(){let C=this.o,H=this.t;if(V1&&C===void 0){let V=H!==void 0&&H.length===1;V&&(C=I1.get(H)),C===void 0&&((this.o=C=new CSSStyleSheet).replaceSync(this.cssText),V&&I1.set(H,C))}return C}toString(){return this.cssText}},U1=L=>new G(typeof L=="string"?L:L+"",void 0,b1),s=(L,...C)=>{let H=L.length===1?L[0]:C.reduce((V,M,r)=>V+(e=>{if(e._$cssResult$===!0)return e.cssText;if(typeof e=="number")return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(M)+L[r+1],L[0]);return new G(H,L,b1)},Q1=(L,C)=>{if(V1)L.adoptedStyleSheets=C.map(H=>H instanceof CSSStyleSheet?H:H.styleSheet);else for(let H of C){let V=document.createElement("style"),M=H1.litNonce;M!==void 0&&V.setAttribute("nonce",M),V.textContent=H.cssText,L.appendChild(V)}},w1=V1?L=>L:L=>L instanceof CSSStyleSheet?(C=>{let H="";for(let V of C.cssRules)H+=V.cssText;return U1(H)})(L):L;var{is:A5,defineProperty:a5,getOwnPropertyDescriptor:d5,getOwnPropertyNames:p5,getOwnPropertySymbols:m5,getPrototypeOf:n5}=Object,L1=globalThis,G1=L1.trustedTypes,l5=G1?G1.emptyScript:"",v5=L1.reactiveElementPolyfillSupport,z=(L,C)=>L,K={toAttribute(L,C){switch(C){case Boolean:L=L?l5:null;break;case Object:case Array:L=L==null?L:JSON.stringify(L)}return L},fromAttribute(L,C){let H=L;switch(C){case Boolean:H=L!==null;break;case Number:H=L===null?null:Number(L);break;case Object:case Array:try{H=JSON.parse(L)}catch{H=null}}return H}},M1=(L,C)=>!A5(L,C),z1={attribute:!0,type:String,converter:K,reflect:!1,useDefault:!1,hasChanged:M1};Symbol.metadata??=Symbol("metadata"),L1.litPropertyMetadata??=new WeakMap;var k=class extends HTMLElement{static addInitializer(C){this._$Ei(),(this.l??=[]).push(C)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(C,H=z1){if(H.state&&(H.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(C)&&((H=Object.create(H)).wrapped=!0),this.elementProperties.set(C,H),!H.noAccessor){let V=Symbol(),M=this.getPropertyDescriptor(C,V,H);M!==void 0&&a5(this.prototype,C,M)}}static getPropertyDescriptor(C,H,V){let{get:M,set:r}=d5(this.prototype,C)??{get(){return this[H]},set(e){this[H]=e}};return{get:M,set(e){let i=M?.call(this);r?.call(this,e),this.requestUpdate(C,i,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(C){return this.elementProperties.get(C)??z1}static _$Ei(){if(this.hasOwnProperty(z("elementProperties")))return;let C=n5(this);C.finalize(),C.l!==void 0&&(this.l=[...C.l]),this.elementProperties=new Map(C.elementProperties)}static finalize(){if(this.hasOwnProperty(z("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(z("properties"))){let H=this.properties,V=[...p5(H),...m5(H)];for(let M of V)this.createProperty(M,H[M])}let C=this[Symbol.metadata];if(C!==null){let H=litPropertyMetadata.get(C);if(H!==void 0)for(let[V,M]of H)this.elementProperties.set(V,M)}this._$Eh=new Map;for(let[H,V]of this.elementProperties){let M=this._$Eu(H,V);M!==void 0&&this._$Eh.set(M,H)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(C){let H=[];if(Array.isArray(C)){let V=new Set(C.flat(1/0).reverse());for(let M of V)H.unshift(w1(M))}else C!==void 0&&H.push(w1(C));return H}static _$Eu(C,H){let V=H.attribute;return V===!1?void 0:typeof V=="string"?V:typeof C=="string"?C.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(C=>this.enableUpdating=C),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(C=>C(this))}addController(C){(this._$EO??=new Set).add(C),this.renderRoot!==void 0&&this.isConnected&&C.hostConnected?.()}removeController(C){this._$EO?.delete(C)}_$E_(){let C=new Map,H=this.constructor.elementProperties;for(let V of H.keys())this.hasOwnProperty(V)&&(C.set(V,this[V]),delete this[V]);C.size>0&&(this._$Ep=C)}createRenderRoot(){let C=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Q1(C,this.constructor.elementStyles),C}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(C=>C.hostConnected?.())}enableUpdating(C){}disconnectedCallback(){this._$EO?.forEach(C=>C.hostDisconnected?.())}attributeChangedCallback(C,H,V){this._$AK(C,V)}_$ET(C,H){let V=this.constructor.elementProperties.get(C),M=this.constructor._$Eu(C,V);if(M!==void 0&&V.reflect===!0){let r=(V.converter?.toAttribute!==void 0?V.converter:K).toAttribute(H,V.type);this._$Em=C,r==null?this.removeAttribute(M):this.setAttribute(M,r),this._$Em=null}}_$AK(C,H){let V=this.constructor,M=V._$Eh.get(C);if(M!==void 0&&this._$Em!==M){let r=V.getPropertyOptions(M),e=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:K;this._$Em=M;let i=e.fromAttribute(H,r.type);this[M]=i??this._$Ej?.get(M)??i,this._$Em=null}}requestUpdate(C,H,V,M=!1,r){if(C!==void 0){let e=this.constructor;if(M===!1&&(r=this[C]),V??=e.getPropertyOptions(C),!((V.hasChanged??M1)(r,H)||V.useDefault&&V.reflect&&r===this._$Ej?.get(C)&&!this.hasAttribute(e._$Eu(C,V))))return;this.C(C,H,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(C,H,{useDefault:V,reflect:M,wrapped:r},e){V&&!(this._$Ej??=new Map).has(C)&&(this._$Ej.set(C,e??H??this[C]),r!==!0||e!==void 0)||(this._$AL.has(C)||(this.hasUpdated||V||(H=void 0),this._$AL.set(C,H)),M===!0&&this._$Em!==C&&(this._$Eq??=new Set).add(C))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(H){Promise.reject(H)}let C=this.scheduleUpdate();return C!=null&&await C,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[M,r]of this._$Ep)this[M]=r;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[M,r]of V){let{wrapped:e}=r,i=this[M];e!==!0||this._$AL.has(M)||i===void 0||this.C(M,void 0,r,i)}}let C=!1,H=this._$AL;try{C=this.shouldUpdate(H),C?(this.willUpdate(H),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(H)):this._$EM()}catch(V){throw C=!1,this._$EM(),V}C&&this._$AE(H)}willUpdate(C){}_$AE(C){this._$EO?.forEach(H=>H.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(C)),this.updated(C)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(C){return!0}update(C){this._$Eq&&=this._$Eq.forEach(H=>this._$ET(H,this[H])),this._$EM()}updated(C){}firstUpdated(C){}};k.elementStyles=[],k.shadowRootOptions={mode:"open"},k[z("elementProperties")]=new Map,k[z("finalized")]=new Map,v5?.({ReactiveElement:k}),(L1.reactiveElementVersions??=[]).push("2.1.2");var B1=globalThis,K1=L=>L,r1=B1.trustedTypes,q1=r1?r1.createPolicy("lit-html",{createHTML:L=>L}):void 0,P1="$lit$",b=`lit$${Math.random().toFixed(9).slice(2)}$`,T1="?"+b,x5=`<${T1}>`,F=document,j=()=>F.createComment(""),X=L=>L===null||typeof L!="object"&&typeof L!="function",F1=Array.isArray,H2=L=>F1(L)||typeof L?.[Symbol.iterator]=="function",y1=`[ 	
\f\r]`,q=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,j1=/-->/g,X1=/>/g,P=RegExp(`>|${y1}(?:([^\\s"'>=/]+)(${y1}*=${y1}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Y1=/'/g,J1=/"/g,V2=/^(?:script|style|textarea|title)$/i,R1=L=>(C,...H)=>({_$litType$:L,strings:C,values:H}),a=R1(1),L2=R1(2),Q5=R1(3),w=Symbol.for("lit-noChange"),n=Symbol.for("lit-nothing"),C2=new WeakMap,T=F.createTreeWalker(F,129);function M2(L,C){if(!F1(L)||!L.hasOwnProperty("raw"))throw Error("invalid template strings array");return q1!==void 0?q1.createHTML(C):C}var r2=(L,C)=>{let H=L.length-1,V=[],M,r=C===2?"<svg>":C===3?"<math>":"",e=q;for(let i=0;i<H;i++){let t=L[i],A,d,o=-1,m=0;for(;m<t.length&&(e.lastIndex=m,d=e.exec(t),d!==null);)m=e.lastIndex,e===q?d[1]==="!--"?e=j1:d[1]!==void 0?e=X1:d[2]!==void 0?(V2.test(d[2])&&(M=RegExp("</"+d[2],"g")),e=P):d[3]!==void 0&&(e=P):e===P?d[0]===">"?(e=M??q,o=-1):d[1]===void 0?o=-2:(o=e.lastIndex-d[2].length,A=d[1],e=d[3]===void 0?P:d[3]==='"'?J1:Y1):e===J1||e===Y1?e=P:e===j1||e===X1?e=q:(e=P,M=void 0);let p=e===P&&L[i+1].startsWith("/>")?" ":"";r+=e===q?t+x5:o>=0?(V.push(A),t.slice(0,o)+P1+t.slice(o)+b+p):t+b+(o===-2?i:p)}return[M2(L,r+(L[H]||"<?>")+(C===2?"</svg>":C===3?"</math>":"")),V]},Y=class L{constructor({strings:C,_$litType$:H},V){let M;this.parts=[];let r=0,e=0,i=C.length-1,t=this.parts,[A,d]=r2(C,H);if(this.el=L.createElement(A,V),T.currentNode=this.el.content,H===2||H===3){let o=this.el.content.firstChild;o.replaceWith(...o.childNodes)}for(;(M=T.nextNode())!==null&&t.length<i;){if(M.nodeType===1){if(M.hasAttributes())for(let o of M.getAttributeNames())if(o.endsWith(P1)){let m=d[e++],p=M.getAttribute(o).split(b),v=/([.?@])?(.*)/.exec(m);t.push({type:1,index:r,name:v[2],strings:p,ctor:v[1]==="."?t1:v[1]==="?"?i1:v[1]==="@"?o1:D}),M.removeAttribute(o)}else o.startsWith(b)&&(t.push({type:6,index:r}),M.removeAttribute(o));if(V2.test(M.tagName)){let o=M.textContent.split(b),m=o.length-1;if(m>0){M.textContent=r1?r1.emptyScript:"";for(let p=0;p<m;p++)M.append(o[p],j()),T.nextNode(),t.push({type:2,index:++r});M.append(o[m],j())}}}else if(M.nodeType===8)if(M.data===T1)t.push({type:2,index:r});else{let o=-1;for(;(o=M.data.indexOf(b,o+1))!==-1;)t.push({type:7,index:r}),o+=b.length-1}r++}}static createElement(C,H){let V=F.createElement("template");return V.innerHTML=C,V}};function R(L,C,H=L,V){if(C===w)return C;let M=V!==void 0?H._$Co?.[V]:H._$Cl,r=X(C)?void 0:C._$litDirective$;return M?.constructor!==r&&(M?._$AO?.(!1),r===void 0?M=void 0:(M=new r(L),M._$AT(L,H,V)),V!==void 0?(H._$Co??=[])[V]=M:H._$Cl=M),M!==void 0&&(C=R(L,M._$AS(L,C.values),M,V)),C}var e1=class{constructor(C,H){this._$AV=[],this._$AN=void 0,this._$AD=C,this._$AM=H}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(C){let{el:{content:H},parts:V}=this._$AD,M=(C?.creationScope??F).importNode(H,!0);T.currentNode=M;let r=T.nextNode(),e=0,i=0,t=V[0];for(;t!==void 0;){if(e===t.index){let A;t.type===2?A=new N(r,r.nextSibling,this,C):t.type===1?A=new t.ctor(r,t.name,t.strings,this,C):t.type===6&&(A=new A1(r,this,C)),this._$AV.push(A),t=V[++i]}e!==t?.index&&(r=T.nextNode(),e++)}return T.currentNode=F,M}p(C){let H=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(C,V,H),H+=V.strings.length-2):V._$AI(C[H])),H++}},N=class L{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(C,H,V,M){this.type=2,this._$AH=n,this._$AN=void 0,this._$AA=C,this._$AB=H,this._$AM=V,this.options=M,this._$Cv=M?.isConnected??!0}get parentNode(){let C=this._$AA.parentNode,H=this._$AM;return H!==void 0&&C?.nodeType===11&&(C=H.parentNode),C}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(C,H=this){C=R(this,C,H),X(C)?C===n||C==null||C===""?(this._$AH!==n&&this._$AR(),this._$AH=n):C!==this._$AH&&C!==w&&this._(C):C._$litType$!==void 0?this.$(C):C.nodeType!==void 0?this.T(C):H2(C)?this.k(C):this._(C)}O(C){return this._$AA.parentNode.insertBefore(C,this._$AB)}T(C){this._$AH!==C&&(this._$AR(),this._$AH=this.O(C))}_(C){this._$AH!==n&&X(this._$AH)?this._$AA.nextSibling.data=C:this.T(F.createTextNode(C)),this._$AH=C}$(C){let{values:H,_$litType$:V}=C,M=typeof V=="number"?this._$AC(C):(V.el===void 0&&(V.el=Y.createElement(M2(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===M)this._$AH.p(H);else{let r=new e1(M,this),e=r.u(this.options);r.p(H),this.T(e),this._$AH=r}}_$AC(C){let H=C2.get(C.strings);return H===void 0&&C2.set(C.strings,H=new Y(C)),H}k(C){F1(this._$AH)||(this._$AH=[],this._$AR());let H=this._$AH,V,M=0;for(let r of C)M===H.length?H.push(V=new L(this.O(j()),this.O(j()),this,this.options)):V=H[M],V._$AI(r),M++;M<H.length&&(this._$AR(V&&V._$AB.nextSibling,M),H.length=M)}_$AR(C=this._$AA.nextSibling,H){for(this._$AP?.(!1,!0,H);C!==this._$AB;){let V=K1(C).nextSibling;K1(C).remove(),C=V}}setConnected(C){this._$AM===void 0&&(this._$Cv=C,this._$AP?.(C))}},D=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(C,H,V,M,r){this.type=1,this._$AH=n,this._$AN=void 0,this.element=C,this.name=H,this._$AM=M,this.options=r,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=n}_$AI(C,H=this,V,M){let r=this.strings,e=!1;if(r===void 0)C=R(this,C,H,0),e=!X(C)||C!==this._$AH&&C!==w,e&&(this._$AH=C);else{let i=C,t,A;for(C=r[0],t=0;t<r.length-1;t++)A=R(this,i[V+t],H,t),A===w&&(A=this._$AH[t]),e||=!X(A)||A!==this._$AH[t],A===n?C=n:C!==n&&(C+=(A??"")+r[t+1]),this._$AH[t]=A}e&&!M&&this.j(C)}j(C){C===n?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,C??"")}},t1=class extends D{constructor(){super(...arguments),this.type=3}j(C){this.element[this.name]=C===n?void 0:C}},i1=class extends D{constructor(){super(...arguments),this.type=4}j(C){this.element.toggleAttribute(this.name,!!C&&C!==n)}},o1=class extends D{constructor(C,H,V,M,r){super(C,H,V,M,r),this.type=5}_$AI(C,H=this){if((C=R(this,C,H,0)??n)===w)return;let V=this._$AH,M=C===n&&V!==n||C.capture!==V.capture||C.once!==V.once||C.passive!==V.passive,r=C!==n&&(V===n||M);M&&this.element.removeEventListener(this.name,this,V),r&&this.element.addEventListener(this.name,this,C),this._$AH=C}handleEvent(C){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,C):this._$AH.handleEvent(C)}},A1=class{constructor(C,H,V){this.element=C,this.type=6,this._$AN=void 0,this._$AM=H,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(C){R(this,C)}},e2={M:P1,P:b,A:T1,C:1,L:r2,R:e1,D:H2,V:R,I:N,H:D,N:i1,U:o1,B:t1,F:A1},Z5=B1.litHtmlPolyfillSupport;Z5?.(Y,N),(B1.litHtmlVersions??=[]).push("3.3.3");var t2=(L,C,H)=>{let V=H?.renderBefore??C,M=V._$litPart$;if(M===void 0){let r=H?.renderBefore??null;V._$litPart$=M=new N(C.insertBefore(j(),r),r,void 0,H??{})}return M._$AI(L),M};var D1=globalThis,Z=class extends k{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let C=super.createRenderRoot();return this.renderOptions.renderBefore??=C.firstChild,C}update(C){let H=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(C),this._$Do=t2(H,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return w}};Z._$litElement$=!0,Z.finalized=!0,D1.litElementHydrateSupport?.({LitElement:Z});var S5=D1.litElementPolyfillSupport;S5?.({LitElement:Z});(D1.litElementVersions??=[]).push("4.2.2");var s5={attribute:!0,type:String,converter:K,reflect:!1,hasChanged:M1},u5=(L=s5,C,H)=>{let{kind:V,metadata:M}=H,r=globalThis.litPropertyMetadata.get(M);if(r===void 0&&globalThis.litPropertyMetadata.set(M,r=new Map),V==="setter"&&((L=Object.create(L)).wrapped=!0),r.set(H.name,L),V==="accessor"){let{name:e}=H;return{set(i){let t=C.get.call(this);C.set.call(this,i),this.requestUpdate(e,t,L,!0,i)},init(i){return i!==void 0&&this.C(e,void 0,L,i),i}}}if(V==="setter"){let{name:e}=H;return function(i){let t=this[e];C.call(this,i),this.requestUpdate(e,t,L,!0,i)}}throw Error("Unsupported decorator location: "+V)};function x(L){return(C,H)=>typeof H=="object"?u5(L,C,H):((V,M,r)=>{let e=M.hasOwnProperty(r);return M.constructor.createProperty(r,V),e?Object.getOwnPropertyDescriptor(M,r):void 0})(L,C,H)}function E1(L){return x({...L,state:!0,attribute:!1})}var i2={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},o2=L=>(...C)=>({_$litDirective$:L,values:C}),d1=class{constructor(C){}get _$AU(){return this._$AM._$AU}_$AT(C,H,V){this._$Ct=C,this._$AM=H,this._$Ci=V}_$AS(C,H){return this.update(C,H)}update(C,H){return this.render(...H)}};var{I:c5}=e2,A2=L=>L;var a2=()=>document.createComment(""),W=(L,C,H)=>{let V=L._$AA.parentNode,M=C===void 0?L._$AB:C._$AA;if(H===void 0){let r=V.insertBefore(a2(),M),e=V.insertBefore(a2(),M);H=new c5(r,e,L,L.options)}else{let r=H._$AB.nextSibling,e=H._$AM,i=e!==L;if(i){let t;H._$AQ?.(L),H._$AM=L,H._$AP!==void 0&&(t=L._$AU)!==e._$AU&&H._$AP(t)}if(r!==M||i){let t=H._$AA;for(;t!==r;){let A=A2(t).nextSibling;A2(V).insertBefore(t,M),t=A}}}return H},y=(L,C,H=L)=>(L._$AI(C,H),L),h5={},d2=(L,C=h5)=>L._$AH=C,p2=L=>L._$AH,p1=L=>{L._$AR(),L._$AA.remove()};var m2=(L,C,H)=>{let V=new Map;for(let M=C;M<=H;M++)V.set(L[M],M);return V},m1=o2(class extends d1{constructor(L){if(super(L),L.type!==i2.CHILD)throw Error("repeat() can only be used in text expressions")}dt(L,C,H){let V;H===void 0?H=C:C!==void 0&&(V=C);let M=[],r=[],e=0;for(let i of L)M[e]=V?V(i,e):e,r[e]=H(i,e),e++;return{values:r,keys:M}}render(L,C,H){return this.dt(L,C,H).values}update(L,[C,H,V]){let M=p2(L),{values:r,keys:e}=this.dt(C,H,V);if(!Array.isArray(M))return this.ut=e,r;let i=this.ut??=[],t=[],A,d,o=0,m=M.length-1,p=0,v=r.length-1;for(;o<=m&&p<=v;)if(M[o]===null)o++;else if(M[m]===null)m--;else if(i[o]===e[p])t[p]=y(M[o],r[p]),o++,p++;else if(i[m]===e[v])t[v]=y(M[m],r[v]),m--,v--;else if(i[o]===e[v])t[v]=y(M[o],r[v]),W(L,t[v+1],M[o]),o++,v--;else if(i[m]===e[p])t[p]=y(M[m],r[p]),W(L,M[o],M[m]),m--,p++;else if(A===void 0&&(A=m2(e,p,v),d=m2(i,o,m)),A.has(i[o]))if(A.has(i[m])){let S=d.get(e[p]),k1=S!==void 0?M[S]:null;if(k1===null){let _1=W(L,M[o]);y(_1,r[p]),t[p]=_1}else t[p]=y(k1,r[p]),W(L,M[o],k1),M[S]=null;p++}else p1(M[m]),m--;else p1(M[o]),o++;for(;p<=v;){let S=W(L,t[v+1]);y(S,r[p]),t[p++]=S}for(;o<=m;){let S=M[o++];S!==null&&p1(S)}return this.ut=e,d2(L,t),w}});var E="nuisance_calls";function n2(L,C){let H={type:`${E}/callers`,sort:C.sort,descending:C.descending,limit:C.limit};for(let V of["verdict","line","search","offset"])C[V]&&(H[V]=C[V]);return L.sendMessagePromise(H)}function l2(L,C){return L.sendMessagePromise({type:`${E}/labels`,limit:C})}function v2(L,C){return L.subscribeMessage(C,{type:`${E}/subscribe`},{resubscribe:!1})}function x2(L,C,{tag:H,label:V}={}){return L.callService(E,"flag_number",{number:C,...H?{tag:H}:{},...V?{label:V}:{}})}function Z2(L,C){return L.callService(E,"allow_number",{number:C})}function S2(L,C){return L.callService(E,"unflag_number",{number:C})}function s2(L,C){return L.callService(E,"reset_caller",{number:C})}function n1(L){return L&&typeof L=="object"&&"message"in L?String(L.message):String(L)}var u2=L=>L?.code==="unknown_command";var O5=4e3,l1=class{constructor(C,H){this.busy=new Set;this.host=C,this.localize=H,C.addController(this)}hostDisconnected(){window.clearTimeout(this.confirmTimer),this.confirmReset=void 0}closePanel(){this.flagging=void 0,this.host.requestUpdate()}handle(C){let H=C.caller.number;switch(C.kind){case"toggle-panel":this.flagging=this.flagging===H?void 0:H;break;case"close-panel":this.flagging=void 0;break;case"flag":{this.flagging=void 0;let{tag:V,label:M}=C;this.run(H,"action.flag",r=>x2(r,H,{tag:V,label:M}));break}case"allow":this.run(H,"action.allow",V=>Z2(V,H));break;case"unflag":this.run(H,"action.unflag",V=>S2(V,H));break;case"ask-reset":this.confirmReset=H,window.clearTimeout(this.confirmTimer),this.confirmTimer=window.setTimeout(()=>{this.confirmReset=void 0,this.host.requestUpdate()},O5);break;case"reset":this.confirmReset=void 0,this.run(H,"action.reset",V=>s2(V,H));break}this.host.requestUpdate()}async run(C,H,V){let M=this.hass;if(M){this.busy=new Set([...this.busy,C]),this.host.requestUpdate();try{await V(M)}catch(r){let e=this.localize(),i=e("error.action",{action:e(H),message:n1(r)});this.host.dispatchEvent(new CustomEvent("hass-notification",{detail:{message:i},bubbles:!0,composed:!0}))}finally{let r=new Set(this.busy);r.delete(C),this.busy=r,this.host.requestUpdate()}}}};var c2={title:"Störanrufe",description:"Jeder Anrufer mit seiner Zählung: mit einem Tipp markieren, erlauben oder zurücksetzen.","tab.nuisance":"Störer","tab.unknown":"Unbekannt","tab.allowed":"Erlaubt","tab.all":"Alle","tab.labels":"Firmen",search:"Nummer oder Name suchen","search.clear":"Suche leeren","sort.by":"Sortieren nach","sort.count":"Meiste Anrufe","sort.last_seen":"Letzter Anruf","sort.label":"Name","sort.number":"Nummer","sort.ascending":"Aufsteigend","sort.descending":"Absteigend","line.all":"Alle Leitungen","calls.one":"{n} Anruf","calls.other":"{n} Anrufe",answered:"{n} angenommen",missed:"{n} verpasst",never:"nie","action.flag":"Als Störer markieren","action.allow":"Erlauben","action.unflag":"Von meiner Liste nehmen","action.reset":"Zählung zurücksetzen","action.reset_confirm":"Zurücksetzen?","flag.as":"Markieren als","flag.label":"Name oder Firma (optional)",cancel:"Abbrechen","empty.callers":"Noch keine Anrufer.","empty.search":"Kein Anrufer passt zu „{search}“.","empty.labels":"Noch kein Anrufer hat einen Namen oder eine Firma.","show.more":"Mehr anzeigen",showing:"{shown} von {total}","error.load":"Anrufer konnten nicht geladen werden: {message}","error.not_set_up":"Die Integration Nuisance Calls ist nicht eingerichtet oder noch nicht geladen.","error.action":"{action} fehlgeschlagen: {message}","verdict.nuisance":"Störer","verdict.unknown":"Unbekannt","verdict.allowed":"Erlaubt",anonymous:"Unterdrückte Nummer","numbers.one":"{n} Nummer","numbers.other":"{n} Nummern","labels.since":"seit {date}","labels.total":"{n} insgesamt","labels.show":"Diese Anrufer zeigen",score:"Score {score}","last.call":"Letzter Anruf","on.list.flag":"Von dir markiert","on.list.allow":"Von dir erlaubt","tag.nuisance":"Störer","tag.telemarketing":"Telefonwerbung","tag.scam":"Betrug","tag.robocall":"Bandansage","tag.charity":"Spenden","tag.survey":"Umfrage","tag.repeat":"wiederholt","tag.withheld":"unterdrückt","tag.abroad":"Ausland","editor.title":"Titel","editor.filter":"Anzeigen","editor.sort":"Sortieren nach","editor.max_rows":"Zeilen pro Seite","editor.line":"Leitung","editor.line.helper":"Nur Anrufer auf dieser Leitung; leer für alle Leitungen."};var v1={title:"Nuisance calls",description:"Every caller with their tally: flag, allow or reset with one tap.","tab.nuisance":"Nuisance","tab.unknown":"Unknown","tab.allowed":"Allowed","tab.all":"All","tab.labels":"Companies",search:"Search number or name","search.clear":"Clear search","sort.by":"Sort by","sort.count":"Most calls","sort.last_seen":"Latest call","sort.label":"Name","sort.number":"Number","sort.ascending":"Ascending","sort.descending":"Descending","line.all":"All lines","calls.one":"{n} call","calls.other":"{n} calls",answered:"{n} answered",missed:"{n} missed",never:"never","action.flag":"Flag","action.allow":"Allow","action.unflag":"Remove from my list","action.reset":"Reset tally","action.reset_confirm":"Reset?","flag.as":"Flag as","flag.label":"Name or company (optional)",cancel:"Cancel","empty.callers":"No callers yet.","empty.search":"No caller matches “{search}”.","empty.labels":"No caller has a name or company yet.","show.more":"Show more",showing:"{shown} of {total}","error.load":"Could not load the callers: {message}","error.not_set_up":"The Nuisance Calls integration is not set up or not loaded yet.","error.action":"{action} failed: {message}","verdict.nuisance":"Nuisance","verdict.unknown":"Unknown","verdict.allowed":"Allowed",anonymous:"Withheld number","numbers.one":"{n} number","numbers.other":"{n} numbers","labels.since":"since {date}","labels.total":"{n} in total","labels.show":"Show these callers",score:"score {score}","last.call":"Last call","on.list.flag":"Flagged by you","on.list.allow":"Allowed by you","tag.nuisance":"nuisance","tag.telemarketing":"telemarketing","tag.scam":"scam","tag.robocall":"robocall","tag.charity":"charity","tag.survey":"survey","tag.repeat":"repeat","tag.withheld":"withheld","tag.abroad":"abroad","editor.title":"Title","editor.filter":"Show","editor.sort":"Sort by","editor.max_rows":"Rows per page","editor.line":"Line","editor.line.helper":"Only callers on this line; empty for all lines."};var h2={title:"Chiamate moleste",description:"Ogni chiamante con il suo conteggio: segnala, consenti o azzera con un tocco.","tab.nuisance":"Moleste","tab.unknown":"Sconosciute","tab.allowed":"Consentite","tab.all":"Tutte","tab.labels":"Aziende",search:"Cerca numero o nome","search.clear":"Cancella ricerca","sort.by":"Ordina per","sort.count":"Più chiamate","sort.last_seen":"Ultima chiamata","sort.label":"Nome","sort.number":"Numero","sort.ascending":"Crescente","sort.descending":"Decrescente","line.all":"Tutte le linee","calls.one":"{n} chiamata","calls.other":"{n} chiamate",answered:"{n} risposte",missed:"{n} perse",never:"mai","action.flag":"Segnala","action.allow":"Consenti","action.unflag":"Rimuovi dal mio elenco","action.reset":"Azzera conteggio","action.reset_confirm":"Azzerare?","flag.as":"Segnala come","flag.label":"Nome o azienda (facoltativo)",cancel:"Annulla","empty.callers":"Ancora nessun chiamante.","empty.search":"Nessun chiamante corrisponde a «{search}».","empty.labels":"Nessun chiamante ha ancora un nome o un'azienda.","show.more":"Mostra altri",showing:"{shown} di {total}","error.load":"Impossibile caricare i chiamanti: {message}","error.not_set_up":"L'integrazione Nuisance Calls non è configurata o non è ancora caricata.","error.action":"{action} non riuscito: {message}","verdict.nuisance":"Molesto","verdict.unknown":"Sconosciuto","verdict.allowed":"Consentito",anonymous:"Numero anonimo","numbers.one":"{n} numero","numbers.other":"{n} numeri","labels.since":"dal {date}","labels.total":"{n} in totale","labels.show":"Mostra questi chiamanti",score:"punteggio {score}","last.call":"Ultima chiamata","on.list.flag":"Segnalato da te","on.list.allow":"Consentito da te","tag.nuisance":"molesto","tag.telemarketing":"telemarketing","tag.scam":"truffa","tag.robocall":"chiamata automatica","tag.charity":"beneficenza","tag.survey":"sondaggio","tag.repeat":"ripetuto","tag.withheld":"anonimo","tag.abroad":"estero","editor.title":"Titolo","editor.filter":"Mostra","editor.sort":"Ordina per","editor.max_rows":"Righe per pagina","editor.line":"Linea","editor.line.helper":"Solo i chiamanti su questa linea; vuoto per tutte le linee."};var O2={en:v1,de:c2,it:h2};function b5(L){let C=(L??"en").toLowerCase().split(/[-_]/)[0];return C in O2?C:"en"}function x1(){return document.documentElement.lang||navigator.language||"en"}function _(L){let C=O2[b5(L)];return(H,V)=>{let M=C[H]??v1[H]??H;if(V)for(let[r,e]of Object.entries(V))M=M.split(`{${r}}`).join(String(e));return M}}function Z1(L,C,H,V){let M=new Intl.PluralRules(C).select(V)==="one"?"one":"other";return L(`${H}.${M}`,{n:V.toLocaleString(C)})}var g2=["nuisance","telemarketing","scam","robocall","charity","survey"];function f2(L,C){let H=`tag.${C}`;return H in v1?L(H):C}var U="nuisance-calls-card",J=["nuisance","unknown","allowed","all","labels"],C1=["count","last_seen","label","number"],S1=10,I=500,k2,b2=L=>{k2=L};function $1(L){if(!L||typeof L!="object")throw new Error("Invalid configuration");if(L.filter!==void 0&&!J.includes(L.filter))throw new Error(`filter must be one of ${J.join(", ")}`);if(L.sort!==void 0&&!C1.includes(L.sort))throw new Error(`sort must be one of ${C1.join(", ")}`);if(L.max_rows!==void 0&&(!Number.isInteger(L.max_rows)||L.max_rows<1||L.max_rows>I))throw new Error(`max_rows must be a whole number from 1 to ${I}`);if(L.line!==void 0&&typeof L.line!="string")throw new Error("line must be a config entry id");return L}function w2(){return{type:`custom:${U}`,filter:"all",sort:"count",max_rows:5}}function y2(){let L=_(k2??x1()),C=(H,V)=>H.map(M=>({value:M,label:L(`${V}.${M}`)}));return{schema:[{name:"title",selector:{text:{}}},{type:"grid",name:"",schema:[{name:"filter",selector:{select:{mode:"dropdown",options:C(J,"tab")}}},{name:"sort",selector:{select:{mode:"dropdown",options:C(C1,"sort")}}}]},{name:"max_rows",selector:{number:{min:1,max:100,step:1,mode:"box"}}},{name:"line",selector:{config_entry:{integration:"nuisance_calls"}}}],computeLabel:H=>H.name?L(`editor.${H.name}`):void 0,computeHelper:H=>H.name==="line"?L("editor.line.helper"):void 0,assertConfig:H=>{$1(H)}}}function W1(L){return L==="count"||L==="last_seen"}var N1=L=>L.replace(/\D/g,"");function w5(L,C){let H=(C??"").trim().toLowerCase();if(!H||(L.label??"").toLowerCase().includes(H)||L.formatted_number.toLowerCase().includes(H)||L.number.toLowerCase().includes(H))return!0;let V=N1(H);return V.length>0&&(N1(L.number).includes(V)||N1(L.formatted_number).includes(V))}function y5(L,C){return C.verdict&&L.verdict!==C.verdict||C.line&&!L.lines.includes(C.line)?!1:w5(L,C.search)}var s1=L=>L&&Date.parse(L)||0,B2=L=>L.label?.toLowerCase()||"￿",u1=(L,C)=>L<C?-1:L>C?1:0;function B5(L,C,H){switch(H){case"count":return L.count-C.count||s1(L.last_seen)-s1(C.last_seen);case"last_seen":return s1(L.last_seen)-s1(C.last_seen)||L.count-C.count;case"label":return u1(B2(L),B2(C))||u1(L.number,C.number);case"number":return u1(L.number,C.number)}return 0}function P5(L,C,H){let V=H?-1:1;return[...L].sort((M,r)=>V*B5(M,r,C)||u1(M.number,r.number))}function P2(L,C,H,V,M){let r=new Map(L.map(d=>[d.number,d])),e=[],i=L.length>=C,t=!0;for(let d of H.callers??[]){let o=r.has(d.number);y5(d,V)?(r.set(d.number,d),e.push(d.number),o||(C+=1,t&&=i)):o&&(r.delete(d.number),C-=1,t&&=i)}for(let d of H.removed??[])r.delete(d)&&(C-=1,t&&=i);let A=P5([...r.values()],V.sort,V.descending);return{rows:A.slice(0,M),total:Math.max(C,A.length),touched:e,exact:t}}var T5=250,T2=1e3,F5=1600,R5=3e4,c1=class{constructor(C){this.filter="all";this.sort="count";this.descending=!0;this.search="";this.limit=S1;this.callers=[];this.total=0;this.lines=[];this.labels=[];this.loaded=!1;this.flash=new Set;this.now=Date.now();this.pageSize=S1;this.configured=!1;this.request=0;this.timers=new Map;this.onDisconnected=()=>{this.subscription=void 0};this.onReady=()=>{this.live&&(this.subscribe(this.live),this.refresh())};this.host=C,C.addController(this)}configure(C){this.configured=!0,this.filter=C.filter??"all",this.sort=C.sort??"count",this.descending=W1(this.sort),this.line=C.line||void 0,this.pageSize=C.max_rows??S1,this.limit=this.pageSize,this.host.requestUpdate(),this.refresh()}setConnection(C){C!==this.connection&&(this.stop(),this.connection=C,this.start())}hostConnected(){this.start()}hostDisconnected(){this.stop()}start(){let C=this.connection;!C||!this.host.isConnected||this.live||(this.live=C,this.subscribe(C),C.addEventListener("ready",this.onReady),C.addEventListener("disconnected",this.onDisconnected),this.tick=window.setInterval(()=>{this.now=Date.now(),this.host.requestUpdate()},R5),this.refresh())}stop(){let C=this.live;if(!C)return;this.live=void 0;let H=this.subscription;this.subscription=void 0,H?.then(V=>V?.()).catch(()=>{}),C.removeEventListener("ready",this.onReady),C.removeEventListener("disconnected",this.onDisconnected),window.clearInterval(this.tick);for(let V of this.timers.values())window.clearTimeout(V);this.timers.clear()}subscribe(C){let H=v2(C,V=>{this.subscription===H&&this.onChange(V)}).then(V=>{if(this.subscription===H)return V;Promise.resolve(V()).catch(()=>{})},V=>{this.subscription===H&&this.showLoadError(V)});this.subscription=H}later(C,H,V){window.clearTimeout(this.timers.get(C)),this.timers.set(C,window.setTimeout(()=>{this.timers.delete(C),V()},H))}selectTab(C){C!==this.filter&&(this.filter=C,this.limit=this.pageSize,this.host.requestUpdate(),this.refresh())}changeQuery(C){C.search!==void 0&&(this.search=C.search),C.sort!==void 0&&(this.sort=C.sort,this.descending=W1(C.sort)),C.descending!==void 0&&(this.descending=C.descending),"line"in C&&(this.line=C.line||void 0),this.host.requestUpdate(),C.search!==void 0&&!C.immediate?this.later("search",T5,()=>{this.refresh()}):this.refresh()}showMore(){this.limit=Math.min(this.limit+this.pageSize,I),this.refresh()}showLabel(C){this.search=C,this.selectTab("all")}get hasMore(){return this.total>this.callers.length&&this.limit<I}get rowQuery(){return{sort:this.sort,descending:this.descending,verdict:this.filter==="all"||this.filter==="labels"?void 0:this.filter,line:this.line,search:this.search.trim()||void 0}}async refresh(){let C=this.live;if(!C||!this.configured)return;let H=++this.request,V=Math.min(this.limit,I);try{if(this.filter==="labels"){let M=await l2(C,V);if(H!==this.request)return;this.labels=M.labels,this.since=M.since}else{let M=await n2(C,{...this.rowQuery,limit:V});if(H!==this.request)return;this.callers=M.callers,this.total=M.total,this.lines=M.lines??[]}this.loaded=!0,this.error=void 0}catch(M){H===this.request&&this.showLoadError(M)}this.host.requestUpdate()}showLoadError(C){this.error={notSetUp:u2(C),message:n1(C)},this.loaded=!0,this.host.requestUpdate()}onChange(C){if(C.reset||this.filter==="labels"){this.later("refresh",C.reset?0:T2,()=>{this.refresh()});return}let H=P2(this.callers,this.total,C,this.rowQuery,this.limit);this.callers=H.rows,this.total=H.total,H.touched.length&&(this.flash=new Set([...this.flash,...H.touched]),this.later("flash",F5,()=>{this.flash=new Set,this.host.requestUpdate()})),H.exact||this.later("refresh",T2,()=>{this.refresh()}),this.host.requestUpdate()}};var F2="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M10 17L5 12L6.41 10.59L10 14.17L17.59 6.58L19 8L10 17Z",R2="M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M12 20C7.59 20 4 16.41 4 12S7.59 4 12 4 20 7.59 20 12 16.41 20 12 20M16.59 7.58L10 14.17L7.41 11.59L6 13L10 17L18 9L16.59 7.58Z";var D2="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var E2="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var $2="M18,15H16V17H18M18,11H16V13H18M20,19H12V17H14V15H12V13H14V11H12V9H20M10,7H8V5H10M10,11H8V9H10M10,15H8V13H10M10,19H8V17H10M6,7H4V5H6M6,11H4V9H6M6,15H4V13H6M6,19H4V17H6M12,7V3H2V21H22V7H12Z";var N2="M14.4,6L14,4H5V21H7V14H12.6L13,16H20V6H14.4Z";var W2="M12.36,6L12.76,8H18V14H14.64L14.24,12H7V6H12.36M14,4H5V21H7V14H12.6L13,16H20V6H14.4";var _2="M13 16L12.6 14H7V21H5V4H14L14.4 6H20V13.09C19.67 13.04 19.34 13 19 13C18.66 13 18.33 13.04 18 13.09V8H12.76L12.36 6H7V12H14.24L14.64 14H15.69C14.92 14.5 14.27 15.2 13.81 16H13M21.12 15.46L19 17.59L16.88 15.46L15.47 16.88L17.59 19L15.47 21.12L16.88 22.54L19 20.41L21.12 22.54L22.54 21.12L20.41 19L22.54 16.88L21.12 15.46Z";var I2="M17.06 13C15.2 13 13.64 14.33 13.24 16.1C12.29 15.69 11.42 15.8 10.76 16.09C10.35 14.31 8.79 13 6.94 13C4.77 13 3 14.79 3 17C3 19.21 4.77 21 6.94 21C9 21 10.68 19.38 10.84 17.32C11.18 17.08 12.07 16.63 13.16 17.34C13.34 19.39 15 21 17.06 21C19.23 21 21 19.21 21 17C21 14.79 19.23 13 17.06 13M6.94 19.86C5.38 19.86 4.13 18.58 4.13 17S5.39 14.14 6.94 14.14C8.5 14.14 9.75 15.42 9.75 17S8.5 19.86 6.94 19.86M17.06 19.86C15.5 19.86 14.25 18.58 14.25 17S15.5 14.14 17.06 14.14C18.62 14.14 19.88 15.42 19.88 17S18.61 19.86 17.06 19.86M22 10.5H2V12H22V10.5M15.53 2.63C15.31 2.14 14.75 1.88 14.22 2.05L12 2.79L9.77 2.05L9.72 2.04C9.19 1.89 8.63 2.17 8.43 2.68L6 9H18L15.56 2.68L15.53 2.63Z";var U2="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var Q2="M6.62 10.79C8.06 13.62 10.38 15.94 13.21 17.38L15.41 15.18C15.69 14.9 16.08 14.82 16.43 14.93C17.55 15.3 18.75 15.5 20 15.5C20.55 15.5 21 15.95 21 16.5V20C21 20.55 20.55 21 20 21C10.61 21 3 13.39 3 4C3 3.45 3.45 3 4 3H7.5C8.05 3 8.5 3.45 8.5 4C8.5 5.25 8.7 6.45 9.07 7.57C9.18 7.92 9.1 8.31 8.82 8.59L6.62 10.79M16.5 2C14 2 12 4 12 6.5S14 11 16.5 11 21 9 21 6.5 19 2 16.5 2M16.5 9.5C14.84 9.5 13.5 8.16 13.5 6.5C13.5 5.94 13.65 5.42 13.92 5L18 9.08C17.58 9.35 17.06 9.5 16.5 9.5M19.08 8L15 3.92C15.42 3.65 15.94 3.5 16.5 3.5C18.16 3.5 19.5 4.84 19.5 6.5C19.5 7.06 19.35 7.58 19.08 8Z";var G2="M6.62 10.79A15.1 15.1 0 0 0 13.21 17.38L15.41 15.18A1 1 0 0 1 16.41 14.93A11.36 11.36 0 0 0 20 15.5A1 1 0 0 1 21 16.5V20A1 1 0 0 1 20 21A17 17 0 0 1 3 4A1 1 0 0 1 4 3H7.5A1 1 0 0 1 8.5 4A11.36 11.36 0 0 0 9.07 7.57A1 1 0 0 1 8.82 8.57M21.71 4.71L20.29 3.29L15 8.59L12.71 6.29L11.29 7.71L15 11.41Z";var z2="M4,3A1,1 0 0,0 3,4A17,17 0 0,0 20,21A1,1 0 0,0 21,20V16.5A1,1 0 0,0 20,15.5C18.75,15.5 17.55,15.3 16.43,14.93C16.08,14.82 15.69,14.9 15.41,15.17L13.21,17.37C10.38,15.93 8.06,13.62 6.62,10.78L8.82,8.57C9.1,8.31 9.18,7.92 9.07,7.57C8.7,6.45 8.5,5.25 8.5,4A1,1 0 0,0 7.5,3H4M19,11V9.5H15.5L21,4L20,3L14.5,8.5V5H13V11H19Z";var K2="M23.71,16.67C20.66,13.77 16.54,12 12,12C7.46,12 3.34,13.77 0.29,16.67C0.11,16.85 0,17.1 0,17.38C0,17.65 0.11,17.9 0.29,18.08L2.77,20.56C2.95,20.74 3.2,20.86 3.5,20.86C3.75,20.86 4,20.75 4.18,20.57C4.97,19.83 5.86,19.21 6.84,18.72C7.17,18.56 7.4,18.22 7.4,17.82V14.72C8.85,14.25 10.39,14 12,14C13.6,14 15.15,14.25 16.6,14.72V17.82C16.6,18.22 16.83,18.56 17.16,18.72C18.14,19.21 19.03,19.83 19.82,20.57C20,20.75 20.25,20.86 20.5,20.86C20.8,20.86 21.05,20.74 21.23,20.56L23.71,18.08C23.89,17.9 24,17.65 24,17.38C24,17.1 23.89,16.85 23.71,16.67M6.5,5.5L12,11L19,4L18,3L12,9L7.5,4.5H11V3H5V9H6.5V5.5Z";var q2="M20,15.5C18.8,15.5 17.5,15.3 16.4,14.9C16.3,14.9 16.2,14.9 16.1,14.9C15.8,14.9 15.6,15 15.4,15.2L13.2,17.4C10.4,15.9 8,13.6 6.6,10.8L8.8,8.6C9.1,8.3 9.2,7.9 9,7.6C8.7,6.5 8.5,5.2 8.5,4C8.5,3.5 8,3 7.5,3H4C3.5,3 3,3.5 3,4C3,13.4 10.6,21 20,21C20.5,21 21,20.5 21,20V16.5C21,16 20.5,15.5 20,15.5M5,5H6.5C6.6,5.9 6.8,6.8 7,7.6L5.8,8.8C5.4,7.6 5.1,6.3 5,5M19,19C17.7,18.9 16.4,18.6 15.2,18.2L16.4,17C17.2,17.2 18.1,17.4 19,17.4V19Z";var j2="M13,3A9,9 0 0,0 4,12H1L4.89,15.89L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3Z";var X2="M19 17H22L18 21L14 17H17V3H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var Y2="M19 7H22L18 3L14 7H17V21H19M2 17H12V19H2M6 5V7H2V5M2 11H9V13H2V11Z";var D5=[["second",60],["minute",60],["hour",24],["day",7],["week",4.345],["month",12],["year",Number.POSITIVE_INFINITY]];function h1(L,C,H=Date.now()){let V=Date.parse(L);if(Number.isNaN(V))return L;let M=Math.min(V-H,0)/1e3,r=new Intl.RelativeTimeFormat(C,{numeric:"auto"});if(Math.abs(M)<45)return r.format(0,"second");for(let[e,i]of D5){if(Math.abs(M)<i)return r.format(Math.round(M),e);M/=i}return r.format(Math.round(M),"year")}function J2(L,C,H){let V=new Date(L);if(Number.isNaN(V.getTime()))return L;try{return new Intl.DateTimeFormat(C,{dateStyle:"medium",timeStyle:"short",timeZone:H}).format(V)}catch{return new Intl.DateTimeFormat(C,{dateStyle:"medium",timeStyle:"short"}).format(V)}}function C5(L,C){let[H,V,M]=L.split("-").map(Number);return!H||!V||!M?L:new Intl.DateTimeFormat(C,{day:"numeric",month:"short"}).format(new Date(H,V-1,M))}var O=s`
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
`,O1=s`
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
`,g1=s`
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
`,f1=s`
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
`,H5=s`
  column-gap: var(--nc-gap);
  align-items: center;
  padding: 8px;
  border-radius: 12px;
  transition: background-color 0.6s ease-out, opacity 0.2s;
`,V5=s`
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
`,L5=s`
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
`,M5=s`
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
`,r5=s`
  :host {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) auto auto;
    grid-template-areas:
      "badge info tally actions"
      "badge chips tally actions"
      "panel panel panel panel";
    ${H5}
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
  ${V5}
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
`,e5=s`
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
`,t5=s`
  :host {
    display: block;
  }
  .row {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) auto 24px;
    grid-template-areas: "badge info tally actions";
    ${H5}
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
  ${V5}
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
`;var u=L=>L2`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${L}></path></svg>`;function g(L,C){customElements.get(L)||customElements.define(L,C)}function c(L,C,H){L.dispatchEvent(new CustomEvent(C,{detail:H,bubbles:!0}))}var Q=class extends Z{constructor(){super();this.entry=null;this.addEventListener("keydown",H=>{H.key==="Escape"&&c(this,"nc-close",void 0)})}get _current(){return this.entry?.action==="flag"?this.entry.tags:[]}_flag(H){let V=this.renderRoot.querySelector("input");c(this,"nc-flag",{tag:H,label:V?.value.trim()??""})}render(){let{localize:H,tagText:V,flagTags:M}=this.view,r=this._current;return a`
      <div class="panel-title">${H("flag.as")}</div>
      <div class="tag-choices">
        ${M.map(e=>a`
            <button
              class="tag-choice ${r.includes(e)?"current":""}"
              data-tag=${e}
              @click=${()=>this._flag(e)}
            >
              ${V(e)}
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
    `}shouldUpdate(){return this.view!==void 0}firstUpdated(){this.renderRoot.querySelector(".tag-choice, input")?.focus()}};Q.styles=[O,g1,e5],l([x({attribute:!1})],Q.prototype,"entry",2),l([x({attribute:!1})],Q.prototype,"view",2);g("nc-flag-panel",Q);var E5="anonymous",$5={nuisance:Q2,allowed:G2,unknown:q2},f=class extends Z{constructor(){super(...arguments);this.flash=!1;this.busy=!1;this.flagging=!1;this.confirming=!1}connectedCallback(){super.connectedCallback(),this.setAttribute("role","listitem")}_ask(H){c(this,"nc-row-action",{kind:H,caller:this.caller})}_flag(H){c(this,"nc-row-action",{kind:"flag",caller:this.caller,...H.detail})}shouldUpdate(){return this.caller!==void 0&&this.view!==void 0}willUpdate(){let H=this.caller;this.className=["row",`verdict-${H.verdict}`,this.flash?"flash":"",this.busy?"busy":""].join(" "),this.dataset.number=H.number}render(){let H=this.caller,{localize:V,language:M,now:r,timeZone:e,lines:i,tagText:t}=this.view,A=H.number===E5,d=A?V("anonymous"):H.label||H.formatted_number,o=i.find(S=>S.entry_id===H.last_line)?.title,m=H.list_entry,p=V(`verdict.${H.verdict}`),v=[H.last_seen?`${V("last.call")}: ${J2(H.last_seen,M,e)}`:"",o?`${V("editor.line")}: ${o}`:""].filter(Boolean).join(`
`);return a`
      <div class="badge" title=${p} aria-label=${p} role="img">
        ${u(A?I2:$5[H.verdict])}
      </div>
      <div class="info">
        <div class="primary" title=${d}>${d}</div>
        <div class="secondary" title=${v}>
          ${[H.label&&!A?H.formatted_number:"",H.last_seen?h1(H.last_seen,M,r):V("never"),o??""].filter(Boolean).join(" · ")}
        </div>
      </div>
      ${H.tags.length||H.score!==null||m?a`<div class="chips">
            ${H.tags.map(S=>a`<span class="chip">${t(S)}</span>`)}
            ${H.score!==null&&H.score!==void 0?a`<span class="chip">${V("score",{score:H.score})}</span>`:n}
            ${m?a`<span class="chip mine"
                  >${V(m.action==="flag"?"on.list.flag":"on.list.allow")}</span
                >`:n}
          </div>`:n}
      <div class="tally">
        <div class="count" title=${Z1(V,M,"calls",H.count)}>
          ${H.count.toLocaleString(M)}
        </div>
        <div class="split">
          <span class="answered" title=${V("answered",{n:H.answered})}>
            ${u(z2)}${H.answered.toLocaleString(M)}
          </span>
          <span
            class="missed ${H.missed?"":"none"}"
            title=${V("missed",{n:H.missed})}
          >
            ${u(K2)}${H.missed.toLocaleString(M)}
          </span>
        </div>
      </div>
      <div class="actions">${this._renderActions(H,A)}</div>
      ${this.flagging?a`<nc-flag-panel
            class="panel"
            .entry=${m}
            .view=${this.view}
            @nc-flag=${this._flag}
            @nc-close=${()=>this._ask("close-panel")}
          ></nc-flag-panel>`:n}
    `}_renderActions(H,V){let{localize:M}=this.view,r=H.list_entry,e=(d,o,m,p,v={})=>a`
      <button
        class="icon-button ${d}"
        title=${M(o)}
        aria-label=${M(o)}
        aria-pressed=${v.pressed===void 0?n:String(v.pressed)}
        aria-expanded=${v.expanded===void 0?n:String(v.expanded)}
        ?disabled=${this.busy}
        @click=${p}
      >
        ${u(m)}
      </button>
    `,i=r?.action==="flag",t=r?.action==="allow",A=a`<span class="slot"></span>`;return a`
      ${V?a`${A}${A}${A}`:a`
            ${e("flag","action.flag",i?N2:W2,()=>this._ask("toggle-panel"),{pressed:i,expanded:this.flagging})}
            ${e("allow","action.allow",t?F2:R2,()=>this._ask("allow"),{pressed:t})}
            ${r?e("unflag","action.unflag",_2,()=>this._ask("unflag")):A}
          `}
      ${this.confirming?a`<button class="confirm" ?disabled=${this.busy} @click=${()=>this._ask("reset")}>
            ${M("action.reset_confirm")}
          </button>`:e("reset","action.reset",j2,()=>this._ask("ask-reset"))}
    `}};f.styles=[O,O1,r5],l([x({attribute:!1})],f.prototype,"caller",2),l([x({attribute:!1})],f.prototype,"view",2),l([x({attribute:!1})],f.prototype,"flash",2),l([x({attribute:!1})],f.prototype,"busy",2),l([x({attribute:!1})],f.prototype,"flagging",2),l([x({attribute:!1})],f.prototype,"confirming",2);g("nc-caller-row",f);var B=class extends Z{constructor(){super(...arguments);this.labels=[];this.search=""}shouldUpdate(){return this.view!==void 0}render(){let{localize:H,language:V,now:M}=this.view,r=this.search.trim().toLowerCase(),e=r?this.labels.filter(t=>t.label.toLowerCase().includes(r)):this.labels;if(!e.length)return a`<div class="message">
        ${r?H("empty.search",{search:this.search.trim()}):H("empty.labels")}
      </div>`;let i=this.since?C5(this.since,V):"";return a`<div class="list" role="list">
      ${m1(e,t=>t.label,t=>a`
          <button
            class="row label-row verdict-${t.verdict}"
            role="listitem"
            title=${H("labels.show")}
            @click=${()=>c(this,"nc-show-label",t.label)}
          >
            <div class="badge">${u($2)}</div>
            <div class="info">
              <div class="primary">${t.label}</div>
              <div class="secondary">
                ${[Z1(H,V,"numbers",t.callers),H("labels.total",{n:t.count.toLocaleString(V)}),t.last_seen?h1(t.last_seen,V,M):""].filter(Boolean).join(" · ")}
              </div>
            </div>
            <div class="tally">
              <div class="count">${t.calls_since.toLocaleString(V)}</div>
              <div class="split">${H("labels.since",{date:i})}</div>
            </div>
            <span class="chevron">${u(D2)}</span>
          </button>
        `)}
    </div>`}};B.styles=[O,f1,t5],l([x({attribute:!1})],B.prototype,"labels",2),l([x({attribute:!1})],B.prototype,"search",2),l([x({attribute:!1})],B.prototype,"since",2),l([x({attribute:!1})],B.prototype,"view",2);g("nc-companies",B);var h=class extends Z{constructor(){super(...arguments);this.search="";this.sort="count";this.descending=!0;this.sortable=!0;this.pickLine=!1}_change(H){c(this,"nc-query",H)}shouldUpdate(){return this.view!==void 0}render(){let{localize:H,lines:V}=this.view,M=H(this.descending?"sort.descending":"sort.ascending");return a`
      <label class="search">
        ${u(U2)}
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
              ${u(E2)}
            </button>`:n}
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
                ${u(this.descending?Y2:X2)}
              </button>
            </div>
          `:n}
      ${this.pickLine?a`
            <select
              aria-label=${H("editor.line")}
              @change=${r=>this._change({line:r.target.value||void 0})}
            >
              <option value="" ?selected=${!this.line}>${H("line.all")}</option>
              ${V.map(r=>a`<option value=${r.entry_id} ?selected=${r.entry_id===this.line}>
                    ${r.title}
                  </option>`)}
            </select>
          `:n}
    `}};h.styles=[O,O1,M5],l([x({attribute:!1})],h.prototype,"view",2),l([x({attribute:!1})],h.prototype,"search",2),l([x({attribute:!1})],h.prototype,"sort",2),l([x({attribute:!1})],h.prototype,"descending",2),l([x({attribute:!1})],h.prototype,"line",2),l([x({attribute:!1})],h.prototype,"sortable",2),l([x({attribute:!1})],h.prototype,"pickLine",2);g("nc-toolbar",h);var $=class extends Z{constructor(){super(...arguments);this._language="en";this._callers=new c1(this);this._actions=new l1(this,()=>this._localize);this._onQuery=H=>{this._callers.changeQuery(H.detail)};this._onRowAction=H=>{this._actions.handle(H.detail)};this._onShowLabel=H=>{this._actions.closePanel(),this._callers.showLabel(H.detail)}}static getStubConfig(){return w2()}static getConfigForm(){return y2()}setConfig(H){$1(H);let V=this._config;this._config=H,(!V||V.filter!==H.filter||V.sort!==H.sort||V.line!==H.line||V.max_rows!==H.max_rows)&&this._callers.configure(H)}getCardSize(){let H=this._callers,V=H.filter==="labels"?H.labels.length:Math.min(H.callers.length,H.limit);return 2+Math.max(1,V)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}set hass(H){this._hass=H;let V=H.locale?.language??H.language??"en";b2(V),this._language=V,this._actions.hass=H,this._callers.setConnection(H.connection)}get hass(){return this._hass}_selectTab(H){H!==this._callers.filter&&(this._actions.closePanel(),this._callers.selectTab(H))}get _localize(){return _(this._language)}shouldUpdate(H){return this._config!==void 0||H.has("_config")}render(){let H=this._localize,V=this._config,M=this._callers,r=M.filter==="labels",e={localize:H,language:this._language,now:M.now,timeZone:this._hass?.config?.time_zone,lines:M.lines,tagText:t=>f2(H,t),flagTags:[...g2]},i=V.title??H("title");return a`
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
          .pickLine=${!r&&M.lines.length>1&&!V.line}
          @nc-query=${this._onQuery}
        ></nc-toolbar>
        <div class="content">${this._renderContent(e,r)}</div>
        ${this._renderFooter(H)}
      </ha-card>
    `}_renderContent(H,V){let{localize:M}=H,r=this._callers,e=r.error;if(e)return a`<div class="message error" role="alert">
        ${e.notSetUp?M("error.not_set_up"):M("error.load",{message:e.message})}
      </div>`;if(!r.loaded)return a`<div class="message">…</div>`;if(V)return a`<nc-companies
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
    </div>`}_renderFooter(H){let V=this._callers;if(V.error||V.filter==="labels"||V.callers.length===0)return n;let M=this._language;return a`
      <div class="footer">
        <span
          >${H("showing",{shown:V.callers.length.toLocaleString(M),total:V.total.toLocaleString(M)})}</span
        >
        ${V.hasMore?a`<button class="text-button" @click=${()=>this._callers.showMore()}>
              ${H("show.more")}
            </button>`:n}
      </div>
    `}};$.styles=[O,g1,f1,L5],l([E1()],$.prototype,"_config",2),l([E1()],$.prototype,"_language",2);if(!customElements.get(U)){g(U,$);let L=new URL(import.meta.url).searchParams.get("v")??"dev";console.info(`nuisance-calls-card ${L}`)}window.customCards=window.customCards??[];if(!window.customCards.some(L=>L.type===U)){let L=_(x1());window.customCards.push({type:U,name:L("title"),description:L("description"),preview:!0,documentationURL:"https://github.com/nuisance-calls/nuisance_calls#the-card"})}
