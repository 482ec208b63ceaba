/** The word lists that tell a person's name from a title, a product or a company. */
import { PLACES } from '../domain/index.js';

/** Capitalised only because they start a sentence; a name may follow them. */
export const LEADING_WORDS = new Set(
  (
    'A An And As At After Also Although Another Before Both But By During Each Even Finally First For From Here ' +
    'However If In Last Later Meanwhile Next Now On Once Our Rounding Since So Some Still Then There These This ' +
    'Those Though Thus To Today Together Two Three Under Until We When Where While With Yet'
  ).split(' '),
);

/** Capitalised words of the domain and of headings: a run holding one is a title or a product, never a name. */
export const NOT_NAMES = new Set(
  (
    'Istio IstioCon Ambient Mesh Meshes Service Services Sidecar Sidecars Sidecarless Waypoint Ztunnel Envoy Kiali ' +
    'TOC CNCF LF Gateway API Kubernetes KubeCon CloudNativeCon Cloud Native Day Days Con Open Source Summit Keynote Keynotes ' +
    'Lightning Talk Talks Panel Session Sessions Workshop Tutorial Demo Poster Project Projects Program Programme ' +
    'Committee Members Member Maintainer Maintainers Track Update Updates Roadmap Welcome Opening Closing Remarks ' +
    'Award Awards Community Foundation Steering Technical Oversight Contributor Contributors Ambassador Ambassadors ' +
    'Europe European North America American China Chinese Asia Pacific India Japan Virtual Online Hall Theater ' +
    'Pavilion Kiosk Booth Contribfest ContribFest Certified Associate Exam Book Edition Live Video Slides Schedule ' +
    'January February March April May June July August September October November December Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday Spring Summer Fall Autumn Winter CTO CEO VP Director Engineer ' +
    'Principal Senior Staff Chair Chairs Platform Platforms AI ML Wasm WebAssembly ' +
    'Argo ArgoCD Helm Prometheus Grafana Jaeger Linux Windows Docker OpenShift Cilium Linkerd Consul Kuma Utah'
  )
    .split(' ')
    .concat(PLACES.flatMap((place) => place.city.split(' '))),
);

/** Words that end a company's name ("GEICO Tech", "Alibaba Cloud"). */
export const ORG_SUFFIXES = new Set(
  'Inc Ltd LLC GmbH Labs Lab Tech Technologies Financial Bank Group Systems Software Networks Corp Corporation Company Cloud Direct Telecom University Institute'.split(
    ' ',
  ),
);

/** Companies seen beside speakers' names; a run holding one is an organisation. */
export const COMPANIES = new Set(
  (
    'Google Microsoft Intel Huawei Alibaba Tencent Baidu ByteDance Tetrate IBM Red Hat RedHat Solo.io Amazon AWS Apple ' +
    'Bloomberg Intuit Salesforce Airbnb eBay HP SAP Splunk VMware Broadcom Cisco DaoCloud Forbes BlackRock ' +
    'Microsoft Azure Oracle Nvidia NVIDIA Datadog F5 Kong Isovalent Buoyant HashiCorp Upbound Ant Alipay'
  ).split(' '),
);

