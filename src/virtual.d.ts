declare module 'virtual:timeline-data' {
  const data: import('$lib/data/model').TimelineData;
  export default data;
}
