export default defineBackground(() => {
  // Wiring arrives with the tracker: open db, message handlers, alarms.
});
