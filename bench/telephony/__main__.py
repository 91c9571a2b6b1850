from bench.telephony.run import main

raise SystemExit(main())
